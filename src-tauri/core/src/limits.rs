//! The limits a person meets when typing and the choices they pick from, as the
//! dashboard shows them (a field's `maxlength`, a number's range, the needs a
//! check-in may serve, with their names): the very constants the core validates
//! with, so the page never retypes a rule or a list.
use crate::i18n::Catalogue;
use crate::model::{
    Anchor, Lead, Need, LINK_NAME_MAX, LINK_URL_MAX, MINUTES_MAX, NAME_MAX, NOTE_MAX,
    PERSON_NAME_MAX, PROMPT_MAX, STARTER_MAX, TRIGGER_MAX,
};
use crate::settings::{self, AWAY_AFTER, CHECKIN_LENGTH};
use crate::tracker::{IDEA_MAX, QUERY_MAX};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Limits {
    /// The longest texts, in characters.
    pub habit_name: usize,
    pub trigger: usize,
    pub prompt: usize,
    pub starter: usize,
    pub note: usize,
    pub link_name: usize,
    pub link_url: usize,
    pub person_name: usize,
    pub idea: usize,
    pub search: usize,
    /// The minutes a check-in logged by hand may take: 1 to this.
    pub minutes: u16,
    /// The settings a person types in whole minutes: lowest and highest.
    pub away_after_minutes: [i64; 2],
    pub checkin_length_minutes: [i64; 2],
    /// The needs a check-in may serve, from the tip of the iceberg down.
    pub needs: Vec<Choice>,
    /// What a habit's reminder may be tied to; those that take a lead before a
    /// learned moment; that lead in minutes: lowest and highest.
    pub anchors: Vec<Choice>,
    pub anchors_with_lead: Vec<&'static str>,
    pub lead_minutes: [u32; 2],
    /// The lead of a habit that has none of its own.
    pub lead_default: u32,
    /// The workdays with a moment before its usual time is trusted.
    pub days_to_learn: usize,
}

/// One of a list of choices: the value the core takes, and its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    pub id: &'static str,
    pub label: String,
}

/// The limits, with the choices named in `c`'s language.
pub fn limits(c: &Catalogue) -> Limits {
    let minutes = |key| {
        let (min, max) = settings::bounds(key).expect("a duration setting");
        [min.num_minutes().max(1), max.num_minutes()]
    };
    let choice = |id, key| Choice {
        id,
        label: c.label(key),
    };
    Limits {
        habit_name: NAME_MAX,
        trigger: TRIGGER_MAX,
        prompt: PROMPT_MAX,
        starter: STARTER_MAX,
        note: NOTE_MAX,
        link_name: LINK_NAME_MAX,
        link_url: LINK_URL_MAX,
        person_name: PERSON_NAME_MAX,
        idea: IDEA_MAX,
        search: QUERY_MAX,
        minutes: MINUTES_MAX,
        away_after_minutes: minutes(AWAY_AFTER),
        checkin_length_minutes: minutes(CHECKIN_LENGTH),
        needs: Need::ALL
            .iter()
            .map(|n| choice(n.as_str(), n.name_key()))
            .collect(),
        anchors: Anchor::ALL
            .iter()
            .map(|a| choice(a.as_str(), a.name_key()))
            .collect(),
        anchors_with_lead: Anchor::ALL
            .iter()
            .filter(|a| a.before().is_some())
            .map(|a| a.as_str())
            .collect(),
        lead_minutes: [0, Lead::MAX_MINUTES],
        lead_default: Lead::DEFAULT_MINUTES,
        days_to_learn: crate::rhythm::DAYS_TO_LEARN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn the_page_gets_the_rules_the_core_checks_with() {
        let l = limits(Catalogue::get(Language::Fr));
        assert_eq!((l.habit_name, l.minutes, l.starter), (60, 240, 120));
        assert_eq!(l.away_after_minutes, [1, 60]);
        assert_eq!(l.checkin_length_minutes, [1, 60]);
        let ids: Vec<_> = l.needs.iter().map(|n| n.id).collect();
        assert_eq!(
            ids,
            ["information", "help", "belonging", "recognition", "purpose"]
        );
        assert_eq!(
            l.needs[1].label, "Aide",
            "named, and capitalized as a choice"
        );
        assert_eq!(l.lead_minutes, [0, 60]);
        assert!(Lead::minutes(l.lead_minutes[1]).is_ok());
        assert!(Lead::minutes(l.lead_minutes[1] + 1).is_err());
        let anchors: Vec<_> = l.anchors.iter().map(|a| a.id).collect();
        assert_eq!(anchors, ["time", "arrival", "lunch", "leaving"]);
        assert_eq!(l.anchors_with_lead, ["lunch", "leaving"]);
        assert_eq!(l.anchors[2].label, "Avant de partir déjeuner");
        assert!(crate::model::Note::parse(&"n".repeat(l.note)).is_ok());
        assert!(crate::model::Note::parse(&"n".repeat(l.note + 1)).is_err());
    }
}
