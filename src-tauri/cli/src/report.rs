//! One line to stderr that can never take the program down.

/// `eprintln!`, except that a failed write is ignored instead of panicking: the tray
/// app runs for months, and its stderr may be a log file on a full disk or a pipe
/// nobody reads any more.
#[macro_export]
macro_rules! report {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}
