//! The dashboard's panels that something outside the page opens directly: the tray
//! menu (Today; Review for the weekly automaticity check), the retake reminder
//! (Mindsets), the first run (Welcome). Each is the `#hash` of the page's address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Today,
    Review,
    Mindsets,
    Welcome,
}

impl Panel {
    pub const ALL: [Panel; 4] = [Panel::Today, Panel::Review, Panel::Mindsets, Panel::Welcome];

    pub fn name(self) -> &'static str {
        match self {
            Panel::Today => "today",
            Panel::Review => "review",
            Panel::Mindsets => "mindsets",
            Panel::Welcome => "welcome",
        }
    }

    pub fn parse(name: &str) -> Option<Panel> {
        Panel::ALL.into_iter().find(|p| p.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_nothing_else_parses() {
        for panel in Panel::ALL {
            assert_eq!(Panel::parse(panel.name()), Some(panel));
        }
        for bad in ["", "Today", "settings", "today ", "#today"] {
            assert_eq!(Panel::parse(bad), None, "{bad:?}");
        }
    }
}
