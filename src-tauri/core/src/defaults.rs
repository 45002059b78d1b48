//! The three tiny habits a new person starts with (see DOMAIN.md), in our own words.
use crate::i18n::{key, Catalogue};
use crate::model::{Habit, HabitId, TimeOfDay, Weekdays};
use chrono::{DateTime, NaiveDate, Utc};

struct Seed {
    id: &'static str,
    name: &'static str,
    trigger: &'static str,
    prompt: &'static str,
    hour: u32,
    minute: u32,
}

const SEEDS: [Seed; 3] = [
    Seed {
        id: "describe",
        name: key("habit-describe"),
        trigger: key("habit-describe-trigger"),
        prompt: key("habit-describe-prompt"),
        hour: 8,
        minute: 30,
    },
    Seed {
        id: "interact",
        name: key("habit-interact"),
        trigger: key("habit-interact-trigger"),
        prompt: key("habit-interact-prompt"),
        hour: 12,
        minute: 0,
    },
    Seed {
        id: "recognize",
        name: key("habit-recognize"),
        trigger: key("habit-recognize-trigger"),
        prompt: key("habit-recognize-prompt"),
        hour: 17,
        minute: 30,
    },
];

/// The default habits in the person's language, Monday to Friday, counting from
/// `today`, added at `now`. Once seeded they are the person's own words.
pub fn default_habits(today: NaiveDate, now: DateTime<Utc>, c: &Catalogue) -> Vec<Habit> {
    SEEDS
        .iter()
        .zip(0..)
        .map(|(seed, position)| Habit {
            id: HabitId::parse(seed.id).expect("seed ids are valid"),
            name: c.msg(seed.name),
            trigger: c.msg(seed.trigger),
            prompt: c.msg(seed.prompt),
            time: TimeOfDay::new(seed.hour, seed.minute, 0).expect("seed times are valid"),
            days: Weekdays::WORKDAYS,
            enabled: true,
            archived: false,
            position,
            created_on: today,
            created_at: Some(now),
            latest: None,
            link: None,
            prompts: Default::default(),
            prompts_since: None,
            starter: None,
            anchor: Default::default(),
            lead: Default::default(),
        })
        .collect()
}

/// Ideas for what to post, a handful per default habit, in our own words and the
/// person's language. A reminder and the Today card show one a day; the person
/// edits the list.
pub fn default_ideas(habit: &str, c: &Catalogue) -> Vec<String> {
    let keys: &[&str] = match habit {
        "describe" => &[
            key("idea-describe-1"),
            key("idea-describe-2"),
            key("idea-describe-3"),
            key("idea-describe-4"),
            key("idea-describe-5"),
            key("idea-describe-6"),
        ],
        "interact" => &[
            key("idea-interact-1"),
            key("idea-interact-2"),
            key("idea-interact-3"),
            key("idea-interact-4"),
            key("idea-interact-5"),
        ],
        "recognize" => &[
            key("idea-recognize-1"),
            key("idea-recognize-2"),
            key("idea-recognize-3"),
            key("idea-recognize-4"),
            key("idea-recognize-5"),
        ],
        _ => &[],
    };
    keys.iter().map(|k| c.msg(k)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_three_workday_habits_and_valid() {
        let habits = default_habits(
            NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            Utc::now(),
            Catalogue::get(crate::i18n::Language::En),
        );
        let ids: Vec<_> = habits.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["describe", "interact", "recognize"]);
        let times: Vec<_> = habits.iter().map(|h| h.time.to_string()).collect();
        assert_eq!(times, ["08:30", "12:00", "17:30"]);
        for h in habits {
            assert_eq!(h.days, Weekdays::WORKDAYS);
            assert_eq!(h.clone().validated().unwrap(), h);
        }
    }
}
