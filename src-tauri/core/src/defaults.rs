//! The three tiny habits a new person starts with (see DOMAIN.md), in our own words.
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
        name: "Describe",
        trigger: "my first coffee, tea or other drink of the day",
        prompt: "Share one moment from the day ahead: what you are starting, a visit, a conversation, or just where you are.",
        hour: 8,
        minute: 30,
    },
    Seed {
        id: "interact",
        name: "Interact",
        trigger: "I'm about to leave for lunch",
        prompt: "Like or reply to someone else's post. A quick answer can help more than you think.",
        hour: 12,
        minute: 0,
    },
    Seed {
        id: "recognize",
        name: "Recognition",
        trigger: "I leave for the day",
        prompt: "Thank one person or team, by name, for something they achieved.",
        hour: 17,
        minute: 30,
    },
];

/// The default habits, Monday to Friday, counting from `today`, added at `now`.
pub fn default_habits(today: NaiveDate, now: DateTime<Utc>) -> Vec<Habit> {
    SEEDS
        .iter()
        .zip(0..)
        .map(|(seed, position)| Habit {
            id: HabitId::parse(seed.id).expect("seed ids are valid"),
            name: seed.name.into(),
            trigger: seed.trigger.into(),
            prompt: seed.prompt.into(),
            time: TimeOfDay::new(seed.hour, seed.minute, 0).expect("seed times are valid"),
            days: Weekdays::WORKDAYS,
            enabled: true,
            archived: false,
            position,
            created_on: today,
            created_at: Some(now),
            latest: None,
            link: None,
        })
        .collect()
}

/// Ideas for what to post, a handful per default habit, in our own words. A
/// reminder and the Today card show one a day; the person edits the list.
pub fn default_ideas(habit: &str) -> &'static [&'static str] {
    match habit {
        "describe" => &[
            "Where you are today, and why",
            "A meeting you are preparing for, and what you hope comes of it",
            "A question you are chewing on this week",
            "Something you are starting, even if it is small",
            "A visit or a conversation you are looking forward to",
            "What you are reading or listening to that changed your mind",
        ],
        "interact" => &[
            "Answer a question someone asked in your network",
            "Add a link or a name that could help with a colleague's problem",
            "Thank someone for a post that taught you something",
            "Ask a follow-up question on a thread you are curious about",
            "Introduce two people who should talk to each other",
        ],
        "recognize" => &[
            "A team that shipped something this week, and what it made possible",
            "Someone who helped you today without being asked",
            "A newcomer's first contribution",
            "A piece of work behind the scenes that few people see",
            "Someone who changed your mind with a good question",
        ],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_three_workday_habits_and_valid() {
        let habits = default_habits(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(), Utc::now());
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
