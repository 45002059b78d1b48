//! A person or team a check-in involved: a colleague answered, a team recognised.
//! These are third parties' names, kept only on the person's own machine.
use super::text::one_line;
use crate::error::{CoreError, Result};
use serde::{Deserialize, Serialize};

/// Long enough for "the night shift of the Lyon plant's packaging line".
pub const PERSON_NAME_MAX: usize = 80;
/// At most this many names on one check-in.
pub const NAMES_PER_ENTRY_MAX: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonKind {
    Person,
    Team,
}

impl PersonKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PersonKind::Person => "person",
            PersonKind::Team => "team",
        }
    }

    pub fn parse(value: &str) -> Result<Self> {
        match value.trim() {
            "person" => Ok(PersonKind::Person),
            "team" => Ok(PersonKind::Team),
            other => Err(CoreError::said("error-kind", vec![("value", other.into())])),
        }
    }

    /// The kind a new name most likely is: a team when it says so ("the Lyon plant
    /// team", "Finance department"), else a person. The person can change it.
    pub fn guess(name: &str) -> Self {
        const GROUP_WORDS: &[&str] = &[
            "team",
            "teams",
            "group",
            "department",
            "dept",
            "squad",
            "crew",
            "unit",
            "office",
            "plant",
            "committee",
            "board",
            "staff",
            "division",
            "club",
            "community",
            "everyone",
            "all",
            "shift",
            "site",
            "lab",
            "network",
            "circle",
            "chapter",
            "guild",
            "tribe",
        ];
        let grouped = name
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| GROUP_WORDS.contains(&word.to_lowercase().as_str()));
        if grouped {
            PersonKind::Team
        } else {
            PersonKind::Person
        }
    }
}

/// A name: one line of 1–80 characters, the same person regardless of case.
pub fn person_name(value: &str) -> Result<String> {
    one_line("a name", value, PERSON_NAME_MAX, false)
}

/// Checks the names of one check-in: each valid, at most ten, each once (the first
/// spelling kept).
pub fn person_names<S: AsRef<str>>(values: &[S]) -> Result<Vec<String>> {
    let mut names: Vec<String> = Vec::new();
    for value in values {
        let name = person_name(value.as_ref())?;
        if !names.iter().any(|n| same_name(n, &name)) {
            names.push(name);
        }
    }
    if names.len() > NAMES_PER_ENTRY_MAX {
        return Err(CoreError::said(
            "error-too-many-names",
            vec![
                ("count", names.len().into()),
                ("max", NAMES_PER_ENTRY_MAX.into()),
            ],
        ));
    }
    Ok(names)
}

/// Names are told apart without regard to case or surrounding spaces.
pub fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// A stored name with its kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    pub kind: PersonKind,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn teams_are_guessed_from_their_words() {
        assert_eq!(PersonKind::guess("the Lyon plant team"), PersonKind::Team);
        assert_eq!(PersonKind::guess("Finance Department"), PersonKind::Team);
        assert_eq!(PersonKind::guess("our new controller"), PersonKind::Person);
        assert_eq!(PersonKind::guess("Steamboat Willie"), PersonKind::Person);
    }

    #[test]
    fn names_are_checked_and_deduplicated() {
        assert_eq!(
            person_names(&["Ana", " ana ", "Bo"]).unwrap(),
            vec!["Ana".to_string(), "Bo".to_string()]
        );
        assert!(person_names(&[""]).is_err());
        assert!(person_names(&["x".repeat(81)]).is_err());
        assert!(person_names(&["a\tb"]).is_err());
        let many: Vec<String> = (0..11).map(|i| format!("P{i}")).collect();
        assert!(person_names(&many).is_err());
    }
}
