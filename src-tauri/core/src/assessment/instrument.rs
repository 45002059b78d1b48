//! The questionnaire itself: five mindsets, four statements each about what the
//! person did in the last two weeks, and suggestions for each mindset. Our wording,
//! after the essay's five mindsets for leaders new to social collaboration.
use crate::i18n::{key, Catalogue};
use serde::Serialize;

/// Bumped if statements ever change meaning, so old answers keep theirs.
pub const INSTRUMENT: u8 = 1;
pub const STATEMENT_COUNT: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mindset {
    RealHuman,
    ThinkNetworks,
    ListenEngage,
    BeHelpful,
    Experiment,
}

impl Mindset {
    pub const ALL: [Mindset; 5] = [
        Mindset::RealHuman,
        Mindset::ThinkNetworks,
        Mindset::ListenEngage,
        Mindset::BeHelpful,
        Mindset::Experiment,
    ];

    /// The mindset's name in the person's language.
    pub fn title(self, c: &Catalogue) -> String {
        c.msg(self.key())
    }

    fn key(self) -> &'static str {
        match self {
            Mindset::RealHuman => key("mindset-real-human"),
            Mindset::ThinkNetworks => key("mindset-think-networks"),
            Mindset::ListenEngage => key("mindset-listen-engage"),
            Mindset::BeHelpful => key("mindset-be-helpful"),
            Mindset::Experiment => key("mindset-experiment"),
        }
    }

    /// Three concrete things to try when this mindset scores lowest.
    pub fn suggestions(self, c: &Catalogue) -> [String; 3] {
        let keys = match self {
            Mindset::RealHuman => [
                key("mindset-real-human-try-1"),
                key("mindset-real-human-try-2"),
                key("mindset-real-human-try-3"),
            ],
            Mindset::ThinkNetworks => [
                key("mindset-think-networks-try-1"),
                key("mindset-think-networks-try-2"),
                key("mindset-think-networks-try-3"),
            ],
            Mindset::ListenEngage => [
                key("mindset-listen-engage-try-1"),
                key("mindset-listen-engage-try-2"),
                key("mindset-listen-engage-try-3"),
            ],
            Mindset::BeHelpful => [
                key("mindset-be-helpful-try-1"),
                key("mindset-be-helpful-try-2"),
                key("mindset-be-helpful-try-3"),
            ],
            Mindset::Experiment => [
                key("mindset-experiment-try-1"),
                key("mindset-experiment-try-2"),
                key("mindset-experiment-try-3"),
            ],
        };
        keys.map(|k| c.msg(k))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Statement {
    pub mindset: Mindset,
    /// The catalogue key of its text, which completes "In the last two weeks I…".
    pub text: &'static str,
    /// Agreeing signals the old, broadcast-and-control mindset; scored 6 − answer.
    #[serde(skip)]
    pub reverse: bool,
}

const fn s(mindset: Mindset, text: &'static str, reverse: bool) -> Statement {
    Statement {
        mindset,
        text,
        reverse,
    }
}

use Mindset::*;

/// Grouped by mindset, four each, in `Mindset::ALL` order; one reversed per mindset.
pub const STATEMENTS: [Statement; STATEMENT_COUNT] = [
    s(RealHuman, key("statement-01"), false),
    s(RealHuman, key("statement-02"), false),
    s(RealHuman, key("statement-03"), false),
    s(RealHuman, key("statement-04"), true),
    s(ThinkNetworks, key("statement-05"), false),
    s(ThinkNetworks, key("statement-06"), false),
    s(ThinkNetworks, key("statement-07"), false),
    s(ThinkNetworks, key("statement-08"), true),
    s(ListenEngage, key("statement-09"), false),
    s(ListenEngage, key("statement-10"), false),
    s(ListenEngage, key("statement-11"), false),
    s(ListenEngage, key("statement-12"), true),
    s(BeHelpful, key("statement-13"), false),
    s(BeHelpful, key("statement-14"), false),
    s(BeHelpful, key("statement-15"), false),
    s(BeHelpful, key("statement-16"), true),
    s(Experiment, key("statement-17"), false),
    s(Experiment, key("statement-18"), false),
    s(Experiment, key("statement-19"), false),
    s(Experiment, key("statement-20"), true),
];

/// Every point of the agreement scale, 1 to 5, in the person's language.
pub fn scale(c: &Catalogue) -> [String; 5] {
    [
        key("scale-1"),
        key("scale-2"),
        key("scale-3"),
        key("scale-4"),
        key("scale-5"),
    ]
    .map(|k| c.msg(k))
}

/// What every statement completes: "In the last two weeks I".
pub fn stem(c: &Catalogue) -> String {
    c.msg("assess-stem")
}
