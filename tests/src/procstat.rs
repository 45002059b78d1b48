//! What a process tree costs, read from /proc: CPU time, context switches, threads,
//! and memory (RSS, PSS, USS from smaps_rollup). For the benchmarks.
use crate::app::descendants;

/// Counters summed over a process and all its descendants (every thread).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Cpu {
    /// utime + stime, ms.
    pub cpu_ms: f64,
    pub voluntary: u64,
    pub involuntary: u64,
    pub threads: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Memory {
    pub rss_kb: u64,
    pub pss_kb: u64,
    /// Private (clean + dirty): what would be freed if the tree exited.
    pub uss_kb: u64,
}

pub fn tree(pid: u32) -> Vec<u32> {
    std::iter::once(pid).chain(descendants(pid)).collect()
}

pub fn cpu(pid: u32) -> Cpu {
    let ticks = 100.0; // USER_HZ on Linux
    let mut total = Cpu::default();
    for p in tree(pid) {
        let Ok(tasks) = std::fs::read_dir(format!("/proc/{p}/task")) else {
            continue;
        };
        for task in tasks.flatten() {
            total.threads += 1;
            if let Ok(stat) = std::fs::read_to_string(task.path().join("stat")) {
                let fields: Vec<&str> = stat
                    .rsplit_once(')')
                    .map(|(_, r)| r.split_whitespace().collect())
                    .unwrap_or_default();
                let field = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok());
                total.cpu_ms +=
                    (field(11).unwrap_or(0.0) + field(12).unwrap_or(0.0)) * 1000.0 / ticks;
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
                        total.voluntary += n();
                    } else if line.starts_with("nonvoluntary_ctxt_switches") {
                        total.involuntary += n();
                    }
                }
            }
        }
    }
    total
}

pub fn memory(pid: u32) -> Memory {
    let mut total = Memory::default();
    for p in tree(pid) {
        let Ok(rollup) = std::fs::read_to_string(format!("/proc/{p}/smaps_rollup")) else {
            continue;
        };
        for line in rollup.lines() {
            let mut parts = line.split_whitespace();
            let (Some(key), Some(value)) = (parts.next(), parts.next()) else {
                continue;
            };
            let kb: u64 = value.parse().unwrap_or(0);
            match key {
                "Rss:" => total.rss_kb += kb,
                "Pss:" => total.pss_kb += kb,
                "Private_Clean:" | "Private_Dirty:" => total.uss_kb += kb,
                _ => {}
            }
        }
    }
    total
}

/// The largest mappings by private + proportional memory, for "where does it go".
pub fn top_mappings(pid: u32, count: usize) -> Vec<(String, u64, u64)> {
    let mut by_name: std::collections::HashMap<String, (u64, u64)> = Default::default();
    for p in tree(pid) {
        let Ok(smaps) = std::fs::read_to_string(format!("/proc/{p}/smaps")) else {
            continue;
        };
        let mut name = String::new();
        for line in smaps.lines() {
            let first = line.split_whitespace().next().unwrap_or("");
            if first.contains('-') && !first.ends_with(':') {
                name = line
                    .split_whitespace()
                    .nth(5)
                    .unwrap_or("[anon]")
                    .to_string();
                continue;
            }
            let kb = || {
                line.split_whitespace()
                    .nth(1)
                    .and_then(|v| v.parse::<u64>().ok())
                    .unwrap_or(0)
            };
            let entry = by_name.entry(name.clone()).or_default();
            match first {
                "Pss:" => entry.0 += kb(),
                "Private_Clean:" | "Private_Dirty:" => entry.1 += kb(),
                _ => {}
            }
        }
    }
    let mut all: Vec<(String, u64, u64)> = by_name
        .into_iter()
        .map(|(n, (pss, private))| (n, pss, private))
        .collect();
    all.sort_by_key(|m| std::cmp::Reverse(m.1));
    all.truncate(count);
    all
}
