//! `make bench` (core part): ten years of daily history for the three habits, then
//! median timings of the operations a person waits for. Prints figures; asserts nothing.
//! Set ALOUD_BIN to a built `aloud` binary to also time `aloud stats --json` as a process.
use aloud_core::automaticity::{Check, SrbaiAnswers};
use aloud_core::clock::{Clock, FakeClock};
use aloud_core::model::{Anchor, Entry, Habit, HabitPatch, Skip, Source, Weekdays};
use aloud_core::rhythm::{DayMark, MarkKind};
use aloud_core::store;
use aloud_core::Tracker;
use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

const RUNS: usize = 25;
const YEARS: i32 = 10;

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn time_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed().as_secs_f64() * 1000.0
            })
            .collect(),
    )
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tz: chrono_tz::Tz = "Europe/Berlin".parse().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let first = NaiveDate::from_ymd_opt(today.year() - YEARS, today.month(), today.day()).unwrap();
    let now = Utc.from_utc_datetime(&today.and_hms_opt(20, 0, 0).unwrap());
    let clock = Arc::new(FakeClock::new(now));

    let seeded = Instant::now();
    let mut t = Tracker::open(dir.path(), clock.clone(), tz).expect("open");
    let habits: Vec<Habit> = t
        .habits()
        .unwrap()
        .into_iter()
        .map(|mut h| {
            h.created_on = first;
            h.days = Weekdays::DAILY;
            h
        })
        .collect();
    let mut rows = 0;
    let mut marks_count = 0;
    t.store_mut()
        .write(|conn| {
            for h in &habits {
                store::put_habit(conn, h)?;
            }
            let mut date = first;
            let mut i = 0u32;
            while date <= today {
                for h in &habits {
                    i += 1;
                    let logged_at = Utc.from_utc_datetime(&date.and_time(h.time.naive()));
                    if i.is_multiple_of(17) {
                        store::put_skip(
                            conn,
                            &Skip {
                                habit: h.id.clone(),
                                date,
                                skipped_at: logged_at,
                            },
                        )?;
                    } else if !i.is_multiple_of(11) {
                        store::put_entry(
                            conn,
                            &Entry {
                                habit: h.id.clone(),
                                date,
                                logged_at,
                                source: Source::Tray,
                                note: Some(format!(
                                    "Posted about the {} review with the platform team, day {i}",
                                    date.format("%A")
                                )),
                                minutes: Some(5 + (i % 11) as u16),
                                need: None,
                                with: Vec::new(),
                            },
                        )?;
                        rows += 1;
                    }
                }
                date += Duration::days(1);
            }
            // A weekly automaticity check per habit, rising towards a plateau.
            let mut date = first;
            while date <= today {
                for h in &habits {
                    let day = (date - first).num_days() as f64;
                    let score = (6.0 - 4.5 * (-0.03 * day).exp()).round() as i64;
                    let check = Check {
                        habit: h.id.clone(),
                        date,
                        answers: SrbaiAnswers::new(&[score]).expect("1–7"),
                    };
                    store::put_check(conn, &check, now)?;
                }
                date += Duration::days(7);
            }
            // A year of workdays' marks: arrival, a lunch break, departure.
            let mut date = today - Duration::days(365);
            while date <= today {
                if date.weekday().number_from_monday() <= 5 {
                    let at = |h, m| {
                        let local = date.and_hms_opt(h, m, 0).unwrap();
                        tz.from_local_datetime(&local).earliest().unwrap().to_utc()
                    };
                    let minute = date.ordinal() % 20;
                    let marks = [
                        (at(8, 20 + minute), MarkKind::Arrival),
                        (at(12, 25 + minute), MarkKind::BreakStart),
                        (at(13, 10 + minute), MarkKind::BreakEnd),
                        (at(17, 20 + minute), MarkKind::Departure),
                    ]
                    .map(|(at, kind)| DayMark { at, kind });
                    store::put_marks(conn, &marks)?;
                    marks_count += marks.len();
                }
                date += Duration::days(1);
            }
            Ok(())
        })
        .expect("seed");
    drop(t);
    let seed_ms = seeded.elapsed().as_secs_f64() * 1000.0;
    let db = dir.path().join(store::DB_FILE);
    let size = std::fs::metadata(&db).unwrap().len();

    let open_ms = time_ms(RUNS, || {
        drop(Tracker::open(dir.path(), clock.clone(), tz).unwrap())
    });
    let t = Tracker::open(dir.path(), clock.clone(), tz).unwrap();
    let status_ms = time_ms(RUNS, || drop(t.status().unwrap()));
    let stats_ms = time_ms(RUNS, || drop(t.stats().unwrap()));
    let habit = t.habits().unwrap().remove(0);
    let load_ms = time_ms(RUNS, || {
        drop(store::done_days(t.store().read(), &habit.id).unwrap())
    });
    let done: Vec<NaiveDate> = store::done_days(t.store().read(), &habit.id)
        .unwrap()
        .into_iter()
        .map(|d| d.0)
        .collect();
    let classify_ms = time_ms(RUNS, || {
        let days = aloud_core::stats::HabitDays {
            habit: &habit,
            done: &done,
            skips: &[],
            pauses: &[],
            tz: tz.into(),
        };
        drop(aloud_core::stats::day_statuses(&days, chrono::Utc::now()))
    });
    let automaticity_ms = time_ms(RUNS, || drop(t.automaticity(None).unwrap()));
    let rhythm_ms = time_ms(RUNS, || {
        std::hint::black_box(t.rhythm().unwrap());
    });
    let export_ms = time_ms(RUNS.min(9), || drop(t.export_json().unwrap()));
    let export_bytes = t.export_json().unwrap().len();
    // The engine's pass with the three habits anchored (arrival, lunch, leaving):
    // every pass plans from the year of marks; and Review's offers.
    let mut t = t;
    for (id, anchor) in [
        ("describe", Anchor::Arrival),
        ("interact", Anchor::Lunch),
        ("recognize", Anchor::Leaving),
    ] {
        let patch = HabitPatch {
            anchor: Some(anchor),
            ..HabitPatch::default()
        };
        t.set_habit(id, &patch).unwrap();
    }
    let seen = clock.now();
    let pass_ms = time_ms(RUNS, || {
        drop(
            t.plan_reminders(Some(seen), aloud_core::presence::Presence::Present)
                .unwrap(),
        )
    });
    let offers_ms = time_ms(RUNS, || drop(t.anchor_suggestions().unwrap()));
    // A busy leader's calendar: 10,000 events, 1,000 of them recurring.
    let ics = dir.path().join("calendar.ics");
    std::fs::write(&ics, calendar_text(clock.now())).unwrap();
    let ics_bytes = std::fs::metadata(&ics).unwrap().len();
    let live_before = LIVE.load(Ordering::Relaxed);
    let (calendar_ms, kept) = {
        let mut kept = None;
        let ms = time_ms(RUNS.min(9), || {
            let text = std::fs::read_to_string(&ics).unwrap();
            let since = aloud_core::zone::start_of_day(tz.into(), t.today());
            let calendar = aloud_core::busy::Calendar::parse(&text, tz.into(), since).unwrap();
            let mut stretches = Vec::new();
            calendar.during(since, since + chrono::Duration::days(2), &mut stretches);
            kept = Some(calendar);
        });
        (ms, kept)
    };
    let kept_bytes = LIVE.load(Ordering::Relaxed).saturating_sub(live_before);
    drop(kept);
    t.add_calendar(ics.to_str().unwrap()).unwrap();
    drop(t.meetings_today().unwrap());
    let busy_pass_ms = time_ms(RUNS, || {
        drop(
            t.plan_reminders(Some(seen), aloud_core::presence::Presence::Present)
                .unwrap(),
        )
    });

    println!("Aloud core benchmark — {YEARS} years of daily history, 3 habits ({rows} entries with notes)");
    println!("  seed (one transaction)        {seed_ms:>9.1} ms");
    println!(
        "  database size                 {:>9.2} MB",
        size as f64 / 1e6
    );
    println!("  open + migrate (median)       {open_ms:>9.3} ms");
    println!("  status (median)               {status_ms:>9.3} ms");
    println!("  stats, 3 habits (median)      {stats_ms:>9.3} ms   target < 5 ms");
    println!(
        "  rhythm, a year of day marks   {rhythm_ms:>9.3} ms   target < 5 ms ({marks_count} marks)"
    );
    println!(
        "  engine pass, 3 anchored habits {pass_ms:>8.3} ms   target < 5 ms (planned from the marks)"
    );
    println!("  Review's anchor offers        {offers_ms:>9.3} ms   target < 5 ms");
    println!(
        "  calendar, 10,000 events       {calendar_ms:>9.3} ms   target < 200 ms (read, parsed, today planned; {:.1} MB file)",
        ics_bytes as f64 / 1e6
    );
    println!(
        "    kept while it is named      {:>9.2} MB   target < 5 MB",
        kept_bytes as f64 / 1e6
    );
    println!(
        "  engine pass with it named     {busy_pass_ms:>9.3} ms   target < 5 ms (read once, kept until it changes)"
    );
    println!(
        "  automaticity, 3 habits        {automaticity_ms:>9.3} ms   target < 20 ms (weekly checks, curve fits)"
    );
    println!(
        "    of which: load one habit    {load_ms:>9.3} ms, classify its days {classify_ms:.3} ms"
    );
    println!(
        "  export JSON (median)          {export_ms:>9.3} ms   ({:.2} MB)",
        export_bytes as f64 / 1e6
    );

    if let Some(bin) = std::env::var_os("ALOUD_BIN") {
        let process_ms = time_ms(RUNS, || {
            let out = std::process::Command::new(&bin)
                .args(["stats", "--json", "--data-dir"])
                .arg(dir.path())
                .output()
                .expect("run aloud");
            assert!(out.status.success(), "aloud stats failed");
        });
        println!("  `aloud stats --json` process  {process_ms:>9.3} ms   target < 50 ms");
    } else {
        println!("  (set ALOUD_BIN to time `aloud stats --json` as a whole process)");
    }
}

/// 10,000 events around `now`: 9,000 single meetings over two years, 1,000 weekly
/// or daily ones with exceptions, in Berlin's zone and in UTC.
fn calendar_text(now: chrono::DateTime<chrono::Utc>) -> String {
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n");
    let stamp = |at: chrono::DateTime<chrono::Utc>| at.format("%Y%m%dT%H%M%SZ").to_string();
    for i in 0..9_000i64 {
        let start = now + chrono::Duration::minutes((i - 4_500) * 117);
        text.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:single-{i}\r\nSUMMARY:Meeting {i}\r\nDTSTART:{}\r\nDTEND:{}\r\nORGANIZER:mailto:boss@example.org\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:me@example.org\r\nEND:VEVENT\r\n",
            stamp(start),
            stamp(start + chrono::Duration::minutes(30))
        ));
    }
    for i in 0..1_000i64 {
        let start = (now - chrono::Duration::days(300 + i % 60)).naive_utc();
        let rule = if i % 4 == 0 {
            "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"
        } else {
            "FREQ=WEEKLY"
        };
        text.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:series-{i}\r\nSUMMARY:Series {i}\r\nDTSTART;TZID=Europe/Berlin:{}\r\nDURATION:PT45M\r\nRRULE:{rule}\r\nEXDATE;TZID=Europe/Berlin:{}\r\nEND:VEVENT\r\n",
            start.format("%Y%m%dT%H%M%S"),
            (start + chrono::Duration::days(7)).format("%Y%m%dT%H%M%S"),
        ));
    }
    text.push_str("END:VCALENDAR\r\n");
    text
}

/// Bytes allocated and not yet freed, counted by the allocator below: what a
/// parsed calendar keeps, apart from what its reading needed for a moment.
static LIVE: AtomicUsize = AtomicUsize::new(0);

struct Counting;

// SAFETY: every call is passed to the system allocator unchanged; only counted.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;
