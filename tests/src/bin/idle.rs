//! `make bench` (idle part): starts the app tray-only on a private bus under the
//! fake desktop, lets it settle, then reads its CPU time and context switches from
//! /proc over a quiet minute. Prints figures; asserts nothing.
//! Usage: idle [SECONDS]   (default 60; settle 10 s first). Needs an X server.
use aloud_e2e::app::{descendants, Session};
use std::time::{Duration, Instant};

/// (CPU ms of user+system, voluntary, involuntary switches, threads) over the process and its children.
fn sample(pid: u32) -> (f64, u64, u64, usize) {
    let ticks = 100.0; // USER_HZ on Linux
    let mut cpu = 0.0;
    let (mut vol, mut invol, mut threads) = (0, 0, 0);
    for p in std::iter::once(pid).chain(descendants(pid)) {
        let Ok(tasks) = std::fs::read_dir(format!("/proc/{p}/task")) else {
            continue;
        };
        for task in tasks.flatten() {
            threads += 1;
            if let Ok(stat) = std::fs::read_to_string(task.path().join("stat")) {
                let fields: Vec<&str> = stat
                    .rsplit_once(')')
                    .map(|(_, r)| r.split_whitespace().collect())
                    .unwrap_or_default();
                let utime: f64 = fields.get(11).and_then(|v| v.parse().ok()).unwrap_or(0.0);
                let stime: f64 = fields.get(12).and_then(|v| v.parse().ok()).unwrap_or(0.0);
                cpu += (utime + stime) * 1000.0 / ticks;
            }
            if let Ok(status) = std::fs::read_to_string(task.path().join("status")) {
                for line in status.lines() {
                    let n = || {
                        line.split_whitespace()
                            .nth(1)
                            .and_then(|v| v.parse::<u64>().ok())
                            .unwrap_or(0)
                    };
                    if line.starts_with("voluntary_ctxt_switches") {
                        vol += n();
                    } else if line.starts_with("nonvoluntary_ctxt_switches") {
                        invol += n();
                    }
                }
            }
        }
    }
    (cpu, vol, invol, threads)
}

fn main() {
    let seconds: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(60);
    let mut s = Session::new(true, true);
    let started = Instant::now();
    let pid = s.launch();
    s.tray();
    let to_tray = started.elapsed();
    std::thread::sleep(Duration::from_secs(10));
    let before = sample(pid);
    std::thread::sleep(Duration::from_secs(seconds));
    let after = sample(pid);
    println!("Aloud idle, tray-only, {seconds} s after a 10 s settle (process tree of pid {pid})");
    println!(
        "  launch → tray registered      {:>8.0} ms (debug or release as built)",
        to_tray.as_secs_f64() * 1000.0
    );
    println!(
        "  CPU time                      {:>8.1} ms",
        after.0 - before.0
    );
    println!("  voluntary context switches    {:>8}", after.1 - before.1);
    println!("  involuntary context switches  {:>8}", after.2 - before.2);
    println!(
        "  switches per second           {:>8.2}",
        (after.1 + after.2 - before.1 - before.2) as f64 / seconds as f64
    );
    println!("  threads                       {:>8}", after.3);
}
