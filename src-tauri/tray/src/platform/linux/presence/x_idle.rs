//! Idleness on X11 from the SYNC extension's `IDLETIME` counter (milliseconds since
//! the last input). One alarm at a time: while the person is present, a positive
//! comparison at the threshold ("idle that long: away"); while away, a negative
//! transition just below it ("input again: back"). The server checks the counter
//! itself, so the only wake-ups are those two transitions, however much input there is.
use crate::presence::{IdleSource, Watch};
use chrono::Duration;
use std::sync::{Arc, Mutex, Weak};
use x11rb::connection::{Connection as _, RequestConnection as _};
use x11rb::protocol::sync::{
    Alarm, ChangeAlarmAux, ConnectionExt as _, Counter, CreateAlarmAux, Int64, TESTTYPE, VALUETYPE,
};
use x11rb::protocol::Event;
use x11rb::rust_connection::RustConnection;

pub struct XIdle {
    conn: RustConnection,
    alarm: Alarm,
    counter: Counter,
    /// The threshold in ms; locked while the alarm is re-armed.
    threshold: Mutex<i64>,
    watch: Weak<Watch>,
}

type Failure = Box<dyn std::error::Error>;

/// Starts watching when there is an X display with `IDLETIME`; None otherwise.
pub fn start(watch: &Arc<Watch>, after: Duration) -> Option<Arc<XIdle>> {
    std::env::var_os("DISPLAY").filter(|d| !d.is_empty())?;
    match connect(watch, after) {
        Ok(idle) => Some(idle),
        Err(e) => {
            aloud_app::report!("aloud: no X idle time ({e}); presence comes from other sources");
            None
        }
    }
}

fn connect(watch: &Arc<Watch>, after: Duration) -> Result<Arc<XIdle>, Failure> {
    let (conn, _) = RustConnection::connect(None)?;
    conn.extension_information(x11rb::protocol::sync::X11_EXTENSION_NAME)?
        .ok_or("the X server has no SYNC extension")?;
    conn.sync_initialize(3, 1)?.reply()?;
    let counter = conn
        .sync_list_system_counters()?
        .reply()?
        .counters
        .into_iter()
        .find(|c| c.name == b"IDLETIME")
        .ok_or("the X server has no IDLETIME counter")?
        .counter;
    let alarm = conn.generate_id()?;
    // Created idle-proof (never true); `settle` gives it its real test.
    let aux = CreateAlarmAux::new()
        .counter(counter)
        .value_type(VALUETYPE::ABSOLUTE)
        .value(int64(i64::MAX))
        .test_type(TESTTYPE::POSITIVE_COMPARISON)
        .delta(int64(0))
        .events(1);
    conn.sync_create_alarm(alarm, &aux)?.check()?;
    let idle = Arc::new(XIdle {
        conn,
        alarm,
        counter,
        threshold: Mutex::new(after.num_milliseconds().max(1)),
        watch: Arc::downgrade(watch),
    });
    idle.settle()?;
    watch.add_source("X idle time");
    let events = idle.clone();
    super::spawn("X idle time", move || events.listen());
    Ok(idle)
}

impl XIdle {
    /// Blocks on the X connection; each alarm is one wake-up.
    fn listen(&self) {
        loop {
            match self.conn.wait_for_event() {
                Ok(Event::SyncAlarmNotify(e)) if e.alarm == self.alarm => {
                    if let Err(e) = self.settle() {
                        aloud_app::report!("aloud: X idle time: {e}");
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    aloud_app::report!("aloud: lost the X idle time ({e})");
                    if let Some(watch) = self.watch.upgrade() {
                        watch.update(|s| s.idle = None);
                    }
                    return;
                }
            }
        }
    }

    /// Reads the counter, reports away or back, and arms the alarm for the opposite
    /// change. Reads again after arming: input that came between the read and the
    /// arming would otherwise never cross the new alarm's value.
    fn settle(&self) -> Result<(), Failure> {
        let threshold = self.threshold.lock().unwrap_or_else(|e| e.into_inner());
        let mut away = self.idle_ms()? >= *threshold;
        loop {
            let (test, value) = if away {
                (TESTTYPE::NEGATIVE_TRANSITION, *threshold - 1)
            } else {
                (TESTTYPE::POSITIVE_COMPARISON, *threshold)
            };
            self.arm(test, value)?;
            let now_away = self.idle_ms()? >= *threshold;
            if now_away == away || !away {
                // Present and already past the threshold: the comparison alarm
                // fires at once, so the next event settles it.
                break;
            }
            away = now_away;
        }
        if let Some(watch) = self.watch.upgrade() {
            watch.update(|s| s.idle = Some(away));
        }
        Ok(())
    }

    /// After a resume the server's idle time still counts from the last input
    /// before the suspend: the away alarm is set one threshold past the idle time now.
    fn restart_count(&self) -> Result<(), Failure> {
        let threshold = self.threshold.lock().unwrap_or_else(|e| e.into_inner());
        self.arm(TESTTYPE::POSITIVE_COMPARISON, self.idle_ms()? + *threshold)?;
        if let Some(watch) = self.watch.upgrade() {
            watch.update(|s| s.idle = Some(false));
        }
        Ok(())
    }

    /// Gives the one alarm its test: fire once (delta 0) when `test` holds for `value`.
    fn arm(&self, test: TESTTYPE, value: i64) -> Result<(), Failure> {
        let aux = ChangeAlarmAux::new()
            .counter(self.counter)
            .value_type(VALUETYPE::ABSOLUTE)
            .value(int64(value))
            .test_type(test)
            .delta(int64(0))
            .events(1);
        self.conn.sync_change_alarm(self.alarm, &aux)?.check()?;
        Ok(())
    }

    fn idle_ms(&self) -> Result<i64, Failure> {
        let value = self
            .conn
            .sync_query_counter(self.counter)?
            .reply()?
            .counter_value;
        Ok((i64::from(value.hi) << 32) | i64::from(value.lo))
    }
}

impl IdleSource for XIdle {
    fn set_threshold(&self, after: Duration) {
        *self.threshold.lock().unwrap_or_else(|e| e.into_inner()) = after.num_milliseconds().max(1);
        if let Err(e) = self.settle() {
            aloud_app::report!("aloud: X idle time: {e}");
        }
    }

    fn resumed(&self) {
        if let Err(e) = self.restart_count() {
            aloud_app::report!("aloud: X idle time: {e}");
        }
    }
}

fn int64(value: i64) -> Int64 {
    Int64 {
        hi: (value >> 32) as i32,
        lo: value as u32,
    }
}
