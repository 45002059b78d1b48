//! End-to-end harness for driving the built `aloud` binary (tray, notifications, dashboard).
