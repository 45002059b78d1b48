use super::*;
use chrono::NaiveDate;
use std::collections::BTreeSet;
use std::path::Path;

/// The keys of `aloud --help` (checked in `src/cli/help.rs`).
const HELP: &str = "help-";
const REAL: [Language; 3] = [Language::En, Language::De, Language::Fr];
/// Variables that hold numbers (the rest hold text).
const NUMBERS: [&str; 19] = [
    "events",
    "unreadable",
    "days",
    "lead",
    "needed",
    "responses",
    "left",
    "weeks",
    "percent",
    "strength",
    "count",
    "done",
    "scheduled",
    "minutes",
    "entries",
    "notes",
    "backups",
    "day",
    "year",
];

/// The keys the programs use: every `msg("…")`, `msg_with("…"` and `key("…")` in
/// the Rust sources of the core, the CLI and the shells, and every `"ui-…"` string
/// in the dashboard's HTML and JS (its keys all start so).
fn keys_in_code() -> BTreeSet<String> {
    let core = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = BTreeSet::new();
    for dir in [
        core.join("src"),
        core.join("../src"),
        core.join("../cli/src"),
        core.join("../desktop/src"),
        core.join("../tray/src"),
        core.join("../../ui"),
    ] {
        scan(&dir, &mut found);
    }
    found
}

fn scan(dir: &Path, found: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = || std::fs::read_to_string(&path).unwrap();
        match path.extension().and_then(|e| e.to_str()) {
            // The page's tests use made-up keys of their own.
            _ if path.is_dir() && !path.ends_with("ui/tests") => scan(&path, found),
            Some("rs") if !path.ends_with("i18n/tests.rs") => rust_keys(&text(), found),
            Some("js" | "html") => dashboard_keys(&text(), found),
            _ => {}
        }
    }
}

fn rust_keys(text: &str, found: &mut BTreeSet<String>) {
    for call in ["msg(", "msg_with(", "key(", "said("] {
        for (at, _) in text.match_indices(call) {
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue; // another function whose name ends so
            }
            // The key may stand on the next line (rustfmt wraps long calls).
            let rest = text[at + call.len()..].trim_start();
            if let Some(quoted) = rest.strip_prefix('"') {
                found.insert(quoted[..quoted.find('"').unwrap()].to_string());
            }
        }
    }
}

fn dashboard_keys(text: &str, found: &mut BTreeSet<String>) {
    for (at, _) in text.match_indices("\"ui-") {
        let rest = &text[at + 1..];
        found.insert(rest[..rest.find('"').unwrap()].to_string());
    }
}

fn messages(language: Language) -> Vec<(String, BTreeSet<String>, bool)> {
    entries(language)
        .into_iter()
        .map(|(key, uses)| (key, uses.vars, uses.plural))
        .collect()
}

fn sample<'a>(vars: &BTreeSet<String>, n: f64) -> Args<'a> {
    vars.iter().fold(Args::new(), |args, v| {
        if NUMBERS.contains(&v.as_str()) {
            args.num(v.clone(), n)
        } else {
            args.str(v.clone(), format!("<{v}>"))
        }
    })
}

#[test]
fn every_key_the_code_uses_is_in_every_language_and_no_language_has_others() {
    let used = keys_in_code();
    assert!(used.len() > 60, "the scan finds the calls: {used:?}");
    assert!(
        used.contains("ui-tab-today") && used.contains("ui-state-done"),
        "and the page's"
    );
    // `--help` texts are keyed by clap's tree, which the CLI's own test walks (the
    // tray's command line names one of them directly).
    let used: BTreeSet<String> = used.into_iter().filter(|k| !k.starts_with(HELP)).collect();
    for language in REAL {
        let own: BTreeSet<String> = entries(language)
            .into_iter()
            .map(|(k, _)| k)
            .filter(|k| !k.starts_with(HELP))
            .collect();
        let missing: Vec<_> = used.difference(&own).collect();
        let unused: Vec<_> = own.difference(&used).collect();
        assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
        assert!(
            unused.is_empty(),
            "{language:?} has keys no code uses: {unused:?}"
        );
    }
}

#[test]
fn every_message_formats_with_the_english_variables_and_plurals_resolve() {
    let english: Vec<_> = messages(Language::En);
    for language in REAL {
        let catalogue = Catalogue::get(language);
        for (key, vars, plural) in messages(language) {
            let (_, wanted, _) = english.iter().find(|(k, ..)| *k == key).unwrap();
            assert_eq!(&vars, wanted, "{language:?} {key}: the English variables");
            // A missing variable would be an error: the debug build panics on it.
            let text = catalogue.msg_with(&key, &sample(&vars, 2.0));
            assert!(
                !text.contains('{') && !text.trim().is_empty(),
                "{key}: {text}"
            );
            if plural {
                let [zero, one, two] =
                    [0.0, 1.0, 2.0].map(|n| catalogue.msg_with(&key, &sample(&vars, n)));
                assert_ne!(one, two, "{language:?} {key}: one and two differ");
                assert!(!zero.contains('{'), "{key}: {zero}");
            }
        }
    }
}

#[test]
fn plurals_follow_each_language() {
    let forget = |language, n: f64| {
        let args = Args::new()
            .str("name", "Ana")
            .num("entries", n)
            .num("notes", 2)
            .str("purged", "yes");
        Catalogue::get(language).msg_with("forget-done", &args)
    };
    assert!(forget(Language::En, 1.0).contains("from 1 check-in and 2 notes"));
    assert!(forget(Language::En, 0.0).contains("from 0 check-ins"));
    assert!(forget(Language::De, 2.0).contains("aus 2 Check-ins und 2 Notizen"));
    // French counts 0 as singular; the catalogue says "none" for it.
    assert!(forget(Language::Fr, 0.0).contains("retiré d’aucun passage"));
    assert!(forget(Language::Fr, 1.0).contains("retiré d’un passage"));
}

#[test]
fn a_key_missing_from_a_language_falls_back_to_english_alone() {
    let catalogue = Catalogue {
        language: Language::De,
        bundles: vec![
            bundle_from(Language::De, "menu-quit = Aloud beenden"),
            bundle(Language::En),
        ],
    };
    assert_eq!(catalogue.msg("menu-quit"), "Aloud beenden");
    assert_eq!(catalogue.msg("menu-resume"), "Resume reminders");
}

#[test]
fn the_setting_wins_then_gettext_order_then_english() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    };
    let de = &[("LANG", "de_DE.UTF-8")];
    assert_eq!(Language::negotiate(None, env(de)), Language::De);
    assert_eq!(Language::negotiate(Some("fr"), env(de)), Language::Fr);
    assert_eq!(Language::negotiate(Some(AUTO), env(de)), Language::De);
    let all = &[
        ("LANG", "de_DE.UTF-8"),
        ("LC_MESSAGES", "en_GB"),
        ("LC_ALL", "fr_CA.UTF-8"),
    ];
    assert_eq!(Language::negotiate(None, env(all)), Language::Fr);
    let list = &[("LANG", "en_US.UTF-8"), ("LANGUAGE", "pt_BR:fr:de")];
    assert_eq!(
        Language::negotiate(None, env(list)),
        Language::Fr,
        "first known of the list"
    );
    let plain = &[("LANG", "C.UTF-8"), ("LANGUAGE", "de")];
    assert_eq!(
        Language::negotiate(None, env(plain)),
        Language::En,
        "C ignores LANGUAGE"
    );
    let unknown = &[("LANG", "ja_JP.UTF-8")];
    assert_eq!(Language::negotiate(None, env(unknown)), Language::En);
    assert_eq!(Language::negotiate(None, env(&[])), Language::En);
    assert_eq!(Language::parse("EN-xa"), Some(Language::Pseudo));
    assert_eq!(Language::parse("es"), None);
}

#[test]
fn dates_read_as_each_language_writes_them() {
    let date = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
    let at = date.and_hms_opt(7, 5, 0).unwrap();
    let long = |l| Catalogue::get(l).long_date(&date);
    assert_eq!(long(Language::En), "Sunday 6 December 2026");
    assert_eq!(long(Language::De), "Sonntag, 6. Dezember 2026");
    assert_eq!(long(Language::Fr), "dimanche 6 décembre 2026");
    assert_eq!(
        Catalogue::get(Language::En).short_date_time(&at),
        "Sun 6 Dec at 07:05"
    );
    assert_eq!(
        Catalogue::get(Language::De).short_date_time(&at),
        "So, 6. Dez. um 07:05"
    );
    assert_eq!(Catalogue::get(Language::Fr).weekday_time(&at), "dim. 07:05");
}

#[test]
fn the_pseudo_locale_changes_every_word_but_no_variable() {
    let pseudo = Catalogue::get(Language::Pseudo);
    let english = Catalogue::get(Language::En);
    for (key, vars, _) in messages(Language::En) {
        let args = sample(&vars, 1.0);
        let plain = english.msg_with(&key, &args);
        let accented = pseudo.msg_with(&key, &args);
        // Only the variables' sample values ("<habit>") keep plain letters.
        let words: String = strip_samples(&accented);
        assert!(
            !words.chars().any(|c| c.is_ascii_alphabetic()),
            "{key}: {accented}"
        );
        if strip_samples(&plain)
            .chars()
            .any(|c| c.is_ascii_alphabetic())
        {
            assert!(
                accented.chars().count() > plain.chars().count(),
                "{key}: {accented}"
            );
        }
    }
    let text = pseudo.msg_with(
        "tray-progress",
        &Args::new().num("done", 1).num("scheduled", 3),
    );
    assert_eq!(text, "Ţöðåý:·· 1 öƒ· 3");
    let named = pseudo.msg_with("menu-done", &Args::new().str("habit", "Describe"));
    assert!(
        named.contains("Describe"),
        "a name is the person's own: {named}"
    );
}

fn strip_samples(text: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in text.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn the_dashboard_gets_its_words_with_placeholders_and_its_plurals_as_variants() {
    let de = Catalogue::get(Language::De).dashboard_messages();
    assert_eq!(de.language, "de");
    let text = |m: &Messages, key: &str| match &m.messages[key] {
        PageMessage::Text(text) => text.clone(),
        plural => panic!("{key} is {plural:?}"),
    };
    assert_eq!(
        text(&de, "ui-progress"),
        "Heute: {done} von {scheduled} erledigt"
    );
    assert_eq!(text(&de, "ui-log"), "Eintragen");
    assert!(de.messages.keys().all(|k| k.starts_with(DASHBOARD)));
    let en = Catalogue::get(Language::En).dashboard_messages();
    assert_eq!(en.messages.len(), de.messages.len());
    // A plural comes whole, by CLDR category, for the page's Intl.PluralRules.
    let variants = |m: &Messages, key: &str| match &m.messages[key] {
        PageMessage::Plural {
            select,
            variants,
            other,
        } => {
            assert_eq!((select.as_str(), other.as_str()), ("count", "other"));
            variants.clone()
        }
        text => panic!("{key} is {text:?}"),
    };
    let fr = Catalogue::get(Language::Fr).dashboard_messages();
    let notes = variants(&fr, "ui-count-notes");
    assert_eq!(notes["one"], "{count} note");
    assert_eq!(notes["other"], "{count} notes");
    assert_eq!(
        variants(&en, "ui-count-checkins")["one"],
        "{count} check-in"
    );
    // Every plural of the page is on a number and has the categories' default;
    // every other message is plain text with placeholders.
    for language in Language::ALL {
        let page = Catalogue::get(language).dashboard_messages();
        for (key, message) in &page.messages {
            if let PageMessage::Plural { variants, .. } = message {
                assert!(variants.contains_key("other"), "{language:?} {key}");
                assert!(
                    variants
                        .keys()
                        .all(|k| ["zero", "one", "two", "few", "many", "other"]
                            .contains(&k.as_str())),
                    "{language:?} {key}: only CLDR categories, which the page can choose"
                );
            }
        }
    }
    let pseudo = Catalogue::get(Language::Pseudo).dashboard_messages();
    assert_eq!(variants(&pseudo, "ui-count-notes")["one"], "{count} ñöţé··");
}

#[test]
fn triggers_read_as_the_start_of_a_recipe_in_each_language() {
    let en = Catalogue::get(Language::En);
    assert_eq!(en.cue("my first coffee"), "after my first coffee");
    assert_eq!(
        en.cue("I'm about to leave for lunch"),
        "when I'm about to leave for lunch"
    );
    assert_eq!(en.cue("After lunch"), "after lunch");
    assert_eq!(
        en.cue("when I leave for the day"),
        "when I leave for the day"
    );
    assert_eq!(
        en.recipe("my first coffee", "Share one moment."),
        "After my first coffee, I will share one moment."
    );
    let de = Catalogue::get(Language::De);
    assert_eq!(de.cue("Nach dem Mittagessen"), "nach dem Mittagessen");
    assert_eq!(de.cue("ich gehe"), "wenn ich gehe");
    // German keeps the capital of the prompt's first word.
    assert_eq!(
        de.recipe("meinem ersten Kaffee", "Teile einen Moment."),
        "Nach meinem ersten Kaffee: Teile einen Moment."
    );
    let fr = Catalogue::get(Language::Fr);
    assert_eq!(fr.cue("je pars"), "quand je pars");
    assert_eq!(fr.cue("j’arrive"), "quand j’arrive");
    assert_eq!(
        fr.recipe("mon premier café", "Partager un moment."),
        "Après mon premier café, je vais partager un moment."
    );
}

#[test]
fn refusals_are_said_in_the_language_the_process_speaks() {
    let refusal = crate::model::TimeOfDay::parse("25:00").unwrap_err();
    assert_eq!(
        refusal.to_string(),
        "'25:00' is not a time; use HH:MM or HH:MM:SS on a 24-hour clock"
    );
    speak_in(Language::De);
    assert!(refusal.to_string().starts_with("„25:00“ ist keine Uhrzeit"));
    // A refusal inside another keeps being translated, and so do field names.
    let note = "x".repeat(501);
    let inner = crate::model::Note::parse(&note).unwrap_err();
    assert_eq!(
        inner.to_string(),
        "die Notiz ist 501 Zeichen lang; erlaubt sind 500"
    );
    speak_in(Language::Fr);
    assert_eq!(
        inner.to_string(),
        "la note fait 501 caractères\u{a0}; la limite est 500"
    );
    speak_in(Language::En);
    assert_eq!(
        inner.to_string(),
        "note is 501 characters long; the limit is 500"
    );
}

#[test]
fn storage_failures_are_said_in_the_language_too() {
    use crate::CoreError;
    let failed = CoreError::io(key("io-reading"), "/x", std::io::Error::other("boom"));
    let newer = CoreError::NewerSchema {
        path: "/d/aloud.db".into(),
        found: 99,
        known: 8,
    };
    assert_eq!(failed.to_string(), "reading /x: boom");
    speak_in(Language::De);
    assert_eq!(failed.to_string(), "beim Lesen von /x: boom");
    assert!(newer
        .to_string()
        .starts_with("/d/aloud.db wurde von einer neueren Aloud-Version geschrieben (Schema 99"));
    speak_in(Language::En);
    assert!(newer.to_string().contains("was not opened or changed"));
}
