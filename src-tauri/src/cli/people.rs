//! `aloud people`: whom the check-ins reached, and renaming, merging and forgetting.
use super::args::{PeopleArgs, PeopleCommand};
use super::run::{say, show};
use aloud_core::i18n::Args;
use aloud_core::network::Network;
use aloud_core::tracker::Renamed;
use aloud_core::{Result, Tracker};
use std::fmt::Write;

pub fn run(t: &mut Tracker, a: PeopleArgs) -> Result<()> {
    match a.command {
        None => show(a.json, &t.network()?, network),
        Some(PeopleCommand::Rename { from, to }) => {
            let r = t.rename_person(&from, &to)?;
            say(&changed(
                &r,
                &format!("Renamed {} to {}", from.trim(), r.name),
            ))
        }
        Some(PeopleCommand::Merge { from, into }) => {
            let r = t.merge_people(&from, &into)?;
            say(&changed(
                &r,
                &format!("Merged {} into {}", from.trim(), r.name),
            ))
        }
        Some(PeopleCommand::Kind { name, kind }) => {
            let p = t.set_person_kind(&name, &kind)?;
            say(&format!("{} is a {} now.", p.name, p.kind.as_str()))
        }
        Some(PeopleCommand::Forget { name, from_backups }) => {
            let f = t.forget_person(&name, from_backups)?;
            let c = t.catalogue()?;
            let args = Args::new()
                .str("name", f.name.as_str())
                .num("entries", f.entries as u32)
                .num("notes", f.notes as u32)
                .num("backups", f.backups as u32)
                .str("purged", if f.purged { "yes" } else { "no" });
            let then = if from_backups {
                c.msg_with("forget-backups-done", &args)
            } else {
                c.msg_with("forget-backups-hint", &args)
            };
            say(&format!("{} {then}", c.msg_with("forget-done", &args)))
        }
    }
}

/// "1 note", "2 notes".
fn count(n: usize, what: &str) -> String {
    match n {
        1 => format!("1 {what}"),
        n => format!("{n} {what}s"),
    }
}

fn changed(r: &Renamed, done: &str) -> String {
    let entries = count(r.entries, "check-in");
    if r.changed {
        format!("{done}: {entries} name them now.")
    } else {
        format!("Nothing to do: {} is already so ({entries}).", r.name)
    }
}

fn network(n: &Network) -> String {
    if n.people.is_empty() {
        return "No one named yet. Name whom a check-in involved, e.g. \
                `aloud log recognize --with \"the Lyon plant team\"`."
            .into();
    }
    let mut out = format!(
        "This month ({}): {} people and teams reached, {} new.\n",
        n.month, n.reached, n.new
    );
    for s in &n.suggestions {
        let _ = writeln!(out, "  * {}", s.text);
    }
    out.push_str("\nmonth    reached  new  strength\n");
    for m in &n.months {
        let _ = writeln!(
            out,
            "{}  {:>7}  {:>3}  {:>8.1}",
            m.month, m.reached, m.new, m.strength
        );
    }
    let width = n
        .people
        .iter()
        .map(|p| p.name.chars().count())
        .max()
        .unwrap_or(0)
        .max(4);
    let _ = writeln!(
        out,
        "\n{:<width$}  kind    first seen  last seen   check-ins  last recognised",
        "name"
    );
    let day = |d: Option<chrono::NaiveDate>| d.map_or("-".to_string(), |d| d.to_string());
    for p in &n.people {
        let _ = writeln!(
            out,
            "{:<width$}  {:<6}  {:<10}  {:<10}  {:>9}  {}",
            p.name,
            p.kind.as_str(),
            day(p.first_seen),
            day(p.last_seen),
            p.entries,
            day(p.last_recognised)
        );
    }
    out.trim_end().to_string()
}
