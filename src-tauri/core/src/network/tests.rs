//! The Network view's counts and suggestion rules on hand-built histories.
use super::*;
use crate::testing::{day, id};

fn person(name: &str, kind: PersonKind) -> Person {
    Person {
        name: name.into(),
        kind,
    }
}

/// Ana (1), Bo (2) and the Lyon plant team (3).
fn people() -> Vec<(PersonId, Person)> {
    vec![
        (1, person("Ana", PersonKind::Person)),
        (2, person("Bo", PersonKind::Person)),
        (3, person("the Lyon plant team", PersonKind::Team)),
    ]
}

fn link(who: PersonId, habit: &str, date: &str) -> NamedCheckIn {
    (who, id(habit), day(date))
}

fn habits() -> Vec<(HabitId, String)> {
    ["describe", "interact", "recognize"]
        .iter()
        .map(|h| (id(h), h.to_string()))
        .collect()
}

fn view(today: &str, mut links: Vec<NamedCheckIn>) -> Network {
    links.sort_by_key(|l| l.2);
    network(day(today), &people(), &links, &habits(), |_| 50.0, en())
}

fn rules(n: &Network) -> Vec<&'static str> {
    n.suggestions.iter().map(|s| s.rule).collect()
}

#[test]
fn months_count_distinct_names_and_the_new_ones() {
    let n = view(
        "2026-12-10",
        vec![
            link(1, "interact", "2026-11-03"),
            link(1, "interact", "2026-11-04"),
            link(2, "describe", "2026-11-20"),
            link(1, "interact", "2026-12-01"),
            link(1, "recognize", "2026-12-02"),
            link(3, "recognize", "2026-12-03"),
        ],
    );
    assert_eq!(n.month, "2026-12");
    assert_eq!((n.reached, n.new), (2, 1), "Ana again, the team new");
    assert_eq!(n.months.len(), 12);
    assert_eq!(n.months[0].month, "2026-01");
    let november = &n.months[10];
    assert_eq!(
        (november.month.as_str(), november.reached, november.new),
        ("2026-11", 2, 2)
    );
    assert_eq!(n.months[9].reached, 0);
    let mix: Vec<(&str, u32, u32)> = n
        .by_habit
        .iter()
        .map(|h| (h.habit.as_str(), h.reached, h.ever))
        .collect();
    assert_eq!(
        mix,
        [("describe", 0, 1), ("interact", 1, 1), ("recognize", 2, 2)]
    );
    let ana = &n.people[0];
    assert_eq!(ana.name, "Ana");
    assert_eq!(
        (ana.first_seen, ana.last_seen),
        (Some(day("2026-11-03")), Some(day("2026-12-02")))
    );
    assert_eq!(ana.entries, 4);
    assert_eq!(ana.by_habit[&id("interact")], 3);
    assert_eq!(ana.last_recognised, Some(day("2026-12-02")));
    let recognised: Vec<(&str, NaiveDate)> = n
        .recognised
        .iter()
        .map(|r| (r.name.as_str(), r.date))
        .collect();
    assert_eq!(
        recognised,
        [
            ("the Lyon plant team", day("2026-12-03")),
            ("Ana", day("2026-12-02"))
        ]
    );
}

#[test]
fn a_colleague_answered_often_but_never_recognised_is_named() {
    let mut links: Vec<_> = ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]
        .iter()
        .map(|d| link(2, "interact", d))
        .collect();
    links.push(link(1, "interact", "2026-11-05"));
    let n = view("2026-12-03", links.clone());
    let s = &n.suggestions[0];
    assert_eq!(s.rule, "never_recognised");
    assert_eq!(
        s.text,
        "You worked aloud with Bo 4 times in November and have never recognised them."
    );
    assert_eq!(s.name.as_deref(), Some("Bo"));
    links.push(link(2, "recognize", "2026-12-01"));
    assert!(
        !rules(&view("2026-12-03", links)).contains(&"never_recognised"),
        "once thanked, not again"
    );
    let two = view(
        "2026-12-03",
        vec![
            link(2, "interact", "2026-11-02"),
            link(2, "interact", "2026-11-03"),
        ],
    );
    assert!(
        !rules(&two).contains(&"never_recognised"),
        "twice is not a pattern"
    );
}

#[test]
fn no_team_recognised_counts_from_the_seventh_or_the_first_recognition() {
    let seen = vec![
        link(3, "describe", "2026-11-10"),
        link(1, "interact", "2026-12-01"),
    ];
    assert!(!rules(&view("2026-12-03", seen.clone())).contains(&"no_team_recognised"));
    let n = view("2026-12-08", seen.clone());
    let s = n
        .suggestions
        .iter()
        .find(|s| s.rule == "no_team_recognised")
        .unwrap();
    assert_eq!(s.text, "No team recognised this month yet. the Lyon plant team was last part of a check-in on 10 November.");
    assert_eq!(s.name.as_deref(), Some("the Lyon plant team"));
    let mut early = seen.clone();
    early.push(link(1, "recognize", "2026-12-02"));
    assert!(rules(&view("2026-12-03", early.clone())).contains(&"no_team_recognised"));
    early.push(link(3, "recognize", "2026-12-03"));
    assert!(!rules(&view("2026-12-20", early)).contains(&"no_team_recognised"));
    let nobody = network(day("2026-12-20"), &[], &[], &habits(), |_| 0.0, en());
    assert!(nobody.suggestions.is_empty(), "no names, no advice");
}

#[test]
fn recognition_going_to_the_same_few_suggests_someone_else() {
    let links = vec![
        link(1, "recognize", "2026-11-20"),
        link(2, "recognize", "2026-11-25"),
        link(1, "recognize", "2026-12-01"),
        link(1, "recognize", "2026-12-02"),
        link(3, "interact", "2026-12-01"),
        link(3, "describe", "2026-12-02"),
        link(3, "recognize", "2026-10-01"),
    ];
    let n = view("2026-12-05", links.clone());
    let s = n
        .suggestions
        .iter()
        .find(|s| s.rule == "same_few_recognised")
        .unwrap();
    assert_eq!(
        s.text,
        "Your last 4 recognitions went to Ana and Bo. the Lyon plant team was part of your check-ins lately too: recognise them next?"
    );
    assert_eq!(s.name.as_deref(), Some("the Lyon plant team"));
    let mut wider = links;
    wider.push(link(3, "recognize", "2026-12-04"));
    assert!(!rules(&view("2026-12-05", wider)).contains(&"same_few_recognised"));
}

#[test]
fn a_regular_not_seen_for_two_months_is_drifting() {
    let links = vec![
        link(2, "interact", "2026-08-01"),
        link(2, "interact", "2026-08-02"),
        link(2, "interact", "2026-09-20"),
    ];
    let n = view("2026-11-20", links.clone());
    let s = n.suggestions.iter().find(|s| s.rule == "drifting").unwrap();
    assert_eq!(s.text, "You have not worked aloud with Bo since 20 September; a reply or a thank-you would pick the thread back up.");
    assert!(
        !rules(&view("2026-11-18", links)).contains(&"drifting"),
        "59 days is not yet"
    );
}

#[test]
fn mindsets_name_someone_from_the_network() {
    use crate::assessment::Mindset;
    let n = view(
        "2026-12-10",
        vec![
            link(1, "interact", "2026-12-01"),
            link(2, "interact", "2026-12-09"),
        ],
    );
    assert_eq!(
        mindset_hint(&n, Mindset::BeHelpful, en()).as_deref(),
        Some("Who could help Bo with what they are working on? Introduce them in a reply.")
    );
    assert_eq!(
        mindset_hint(&n, Mindset::ThinkNetworks, en()).as_deref(),
        Some("Ana is already part of 1 of your check-ins: ask them who else should see your work.")
    );
    assert_eq!(mindset_hint(&n, Mindset::Experiment, en()), None);
    let empty = network(day("2026-12-10"), &[], &[], &habits(), |_| 0.0, en());
    assert_eq!(mindset_hint(&empty, Mindset::BeHelpful, en()), None);
}

fn en() -> &'static crate::i18n::Catalogue {
    crate::i18n::Catalogue::get(crate::i18n::Language::En)
}
