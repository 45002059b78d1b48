//! `aloud people`: whom the check-ins reached, and renaming, merging and forgetting.
use super::args::{PeopleArgs, PeopleCommand};
use super::output::{say, show};
use super::text::{headers, table};
use aloud_core::i18n::{key, Args, Catalogue};
use aloud_core::model::PersonKind;
use aloud_core::network::Network;
use aloud_core::tracker::Renamed;
use aloud_core::{Result, Tracker};
use std::fmt::Write;

pub fn run(c: &Catalogue, t: &mut Tracker, a: PeopleArgs) -> Result<()> {
    match a.command {
        None => show(a.json, &t.network()?, |n| network(c, n)),
        Some(PeopleCommand::Rename { from, to }) => {
            let r = t.rename_person(&from, &to)?;
            let args = Args::new()
                .str("from", from.trim())
                .str("to", r.name.as_str());
            say(&changed(c, &r, c.msg_with("cli-renamed", &args)))
        }
        Some(PeopleCommand::Merge { from, into }) => {
            let r = t.merge_people(&from, &into)?;
            let args = Args::new()
                .str("from", from.trim())
                .str("into", r.name.as_str());
            say(&changed(c, &r, c.msg_with("cli-merged", &args)))
        }
        Some(PeopleCommand::Kind { name, kind }) => {
            let p = t.set_person_kind(&name, &kind)?;
            let k = match p.kind {
                PersonKind::Team => key("ui-now-a-team"),
                PersonKind::Person => key("ui-now-a-person"),
            };
            say(&c.msg_with(k, &Args::new().str("name", p.name.as_str())))
        }
        Some(PeopleCommand::Forget { name, from_backups }) => {
            let f = t.forget_person(&name, from_backups)?;
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

fn changed(c: &Catalogue, r: &Renamed, done: String) -> String {
    let args = Args::new()
        .str("done", done)
        .str("name", r.name.as_str())
        .num("entries", r.entries as u32);
    c.msg_with(
        if r.changed {
            key("cli-people-changed")
        } else {
            key("cli-people-unchanged")
        },
        &args,
    )
}

fn network(c: &Catalogue, n: &Network) -> String {
    if n.people.is_empty() {
        return c.msg("cli-no-one-named");
    }
    let args = Args::new()
        .str("month", n.month.as_str())
        .num("reached", n.reached)
        .num("new", n.new);
    let mut out = format!("{}\n", c.msg_with("cli-this-month", &args));
    for s in &n.suggestions {
        let _ = writeln!(out, "  * {}", s.text);
    }
    let months = n
        .months
        .iter()
        .map(|m| {
            vec![
                m.month.clone(),
                m.reached.to_string(),
                m.new.to_string(),
                format!("{:.1}", m.strength),
            ]
        })
        .collect();
    let keys = [
        key("cli-col-month"),
        key("cli-col-reached"),
        key("cli-col-new"),
        key("cli-col-strength"),
    ];
    let heads: Vec<String> = keys.iter().map(|k| c.msg(k)).collect();
    let _ = writeln!(
        out,
        "\n{}",
        table(heads, months, &[false, true, true, true])
    );
    let day = |d: Option<chrono::NaiveDate>| d.map_or("-".to_string(), |d| d.to_string());
    let people = n
        .people
        .iter()
        .map(|p| {
            let kind = match p.kind {
                PersonKind::Team => c.msg("cli-kind-team"),
                PersonKind::Person => c.msg("cli-kind-person"),
            };
            vec![
                p.name.clone(),
                kind,
                day(p.first_seen),
                day(p.last_seen),
                p.entries.to_string(),
                day(p.last_recognised),
            ]
        })
        .collect();
    let keys = [
        key("cli-col-name"),
        key("cli-col-kind"),
        key("cli-col-first-seen"),
        key("cli-col-last-seen"),
        key("cli-col-check-ins"),
        key("cli-col-last-recognised"),
    ];
    let right = [false, false, false, false, true, false];
    let _ = writeln!(out, "\n{}", table(headers(c, &keys), people, &right));
    out.trim_end().to_string()
}
