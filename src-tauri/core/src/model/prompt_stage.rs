//! How loudly Aloud prompts for a habit, as the habit becomes automatic.
use crate::error::{CoreError, Result};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Full: a reminder pops up at the habit's time. Quiet: no pop-up, the tray shows the
/// habit due. Off: nothing until it is logged (history and stats go on).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PromptStage {
    #[default]
    Full,
    Quiet,
    Off,
}

impl PromptStage {
    pub fn as_str(self) -> &'static str {
        match self {
            PromptStage::Full => "full",
            PromptStage::Quiet => "quiet",
            PromptStage::Off => "off",
        }
    }

    /// One step further back, if there is one.
    pub fn quieter(self) -> Option<PromptStage> {
        match self {
            PromptStage::Full => Some(PromptStage::Quiet),
            PromptStage::Quiet => Some(PromptStage::Off),
            PromptStage::Off => None,
        }
    }

    pub fn is_full(&self) -> bool {
        *self == PromptStage::Full
    }
}

impl std::str::FromStr for PromptStage {
    type Err = CoreError;

    fn from_str(value: &str) -> Result<Self> {
        match value {
            "full" => Ok(PromptStage::Full),
            "quiet" => Ok(PromptStage::Quiet),
            "off" => Ok(PromptStage::Off),
            _ => Err(CoreError::said(
                "error-prompt-stage",
                vec![("value", value.into())],
            )),
        }
    }
}

impl fmt::Display for PromptStage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_read_back_what_they_write_and_refuse_the_rest() {
        for stage in [PromptStage::Full, PromptStage::Quiet, PromptStage::Off] {
            assert_eq!(stage.as_str().parse::<PromptStage>().unwrap(), stage);
        }
        for bad in ["", "Full", "loud", "quiet "] {
            assert!(bad.parse::<PromptStage>().is_err(), "{bad:?}");
        }
        assert_eq!(PromptStage::Full.quieter(), Some(PromptStage::Quiet));
        assert_eq!(PromptStage::Off.quieter(), None);
    }
}
