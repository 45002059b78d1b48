//! `aloud rhythm`: what Aloud has learned of the person's day, and forgetting it.
use super::args::{RhythmArgs, RhythmCommand};
use super::output::{say, show};
use aloud_core::i18n::{key, Args, Catalogue};
use aloud_core::rhythm::{Moment, Rhythm, DAYS_TO_LEARN};
use aloud_core::{Result, Tracker};

pub fn run(c: &Catalogue, t: &mut Tracker, a: RhythmArgs) -> Result<()> {
    match a.command {
        None => show(a.json, &t.rhythm()?, |r| words(c, r)),
        Some(RhythmCommand::Forget) => {
            let gone = t.forget_rhythm()?;
            let args = Args::new().num("count", gone as u32);
            say(&c.msg_with("cli-rhythm-forgotten", &args))
        }
    }
}

fn words(c: &Catalogue, r: &Rhythm) -> String {
    let head = if r.learning {
        key("cli-rhythm-head")
    } else {
        key("cli-rhythm-head-off")
    };
    let mut lines = vec![c.msg(head)];
    for moment in Moment::ALL {
        let typical = r.of(moment);
        let args = Args::new()
            .str("moment", c.msg(moment_key(moment)))
            .num("days", typical.days as u32)
            .num("needed", DAYS_TO_LEARN as u32);
        let line = match typical.hh_mm() {
            Some(time) => c.msg_with("cli-rhythm-learned", &args.str("time", time)),
            None => c.msg_with("cli-rhythm-learning", &args),
        };
        lines.push(line);
    }
    lines.join("\n")
}

fn moment_key(moment: Moment) -> &'static str {
    match moment {
        Moment::Arrival => key("rhythm-arrival"),
        Moment::Lunch => key("rhythm-lunch"),
        Moment::Leaving => key("rhythm-leaving"),
    }
}
