//! The questionnaire itself: five mindsets, four statements each about what the
//! person did in the last two weeks, and suggestions for each mindset. Our wording,
//! after the essay's five mindsets for leaders new to social collaboration.
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

    pub fn title(self) -> &'static str {
        match self {
            Mindset::RealHuman => "Be the real human (and sometimes flawed) you",
            Mindset::ThinkNetworks => "Think networks",
            Mindset::ListenEngage => "Listen and engage others",
            Mindset::BeHelpful => "Be helpful",
            Mindset::Experiment => "Experiment, learn and change stuff",
        }
    }

    /// Three concrete things to try when this mindset scores lowest.
    pub fn suggestions(self) -> [&'static str; 3] {
        match self {
            Mindset::RealHuman => [
                "Write your next Describe post yourself, in the words you would use with a colleague in the corridor.",
                "Share one small, true detail of your day (where you are, what you are curious about), not only official news.",
                "When something did not go to plan, say so and what you learned from it.",
            ],
            Mindset::ThinkNetworks => [
                "Name five people whose work matters to your goals, and reply to or follow each of them this week.",
                "Notice who is already trusted in the conversations you care about, whatever their title, and engage with them.",
                "Bring a stakeholder into a thread where they can add something, so your network grows through real exchanges.",
            ],
            Mindset::ListenEngage => [
                "Spend the first minutes of each check-in reading before you post anything.",
                "For every new post you start, answer or build on two that others started.",
                "Ask a team how the strategy looks from where they sit, and respond to what they say.",
            ],
            Mindset::BeHelpful => [
                "Once a week, introduce someone to a person who can help them.",
                "Share a document, the context of a decision or a how-to that lets others move without waiting for you.",
                "Post a piece of unfinished work and ask for input; let others show what they can add.",
            ],
            Mindset::Experiment => [
                "Try one new format this week: a question, a photo, a short video or a poll.",
                "Look for a view that differs from yours and reply with what you learned from it.",
                "Change one small thing because of something you heard on the network, and say so.",
            ],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Statement {
    pub mindset: Mindset,
    /// Completes "In the last two weeks I…".
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
    s(RealHuman, "wrote my posts myself, in my own voice.", false),
    s(
        RealHuman,
        "shared something about how I work or what I care about, beyond the official message.",
        false,
    ),
    s(
        RealHuman,
        "said openly when I had made a mistake or was unsure.",
        false,
    ),
    s(
        RealHuman,
        "had my posts drafted or polished by someone else before they went out.",
        true,
    ),
    s(
        ThinkNetworks,
        "connected with someone outside my reporting line because their work matters to mine.",
        false,
    ),
    s(
        ThinkNetworks,
        "joined a conversation where people close to my goals were already active.",
        false,
    ),
    s(
        ThinkNetworks,
        "paid attention to whom people trust and listen to, whatever their title.",
        false,
    ),
    s(
        ThinkNetworks,
        "counted on my position to get my posts noticed.",
        true,
    ),
    s(
        ListenEngage,
        "read and followed conversations before adding a post of my own.",
        false,
    ),
    s(
        ListenEngage,
        "replied to or built on someone else's post rather than starting a new thread.",
        false,
    ),
    s(
        ListenEngage,
        "helped someone see how their work connects to our strategy.",
        false,
    ),
    s(
        ListenEngage,
        "posted announcements without reading what others were already discussing.",
        true,
    ),
    s(
        BeHelpful,
        "introduced someone to a person who could help them.",
        false,
    ),
    s(
        BeHelpful,
        "shared context, a document or an answer that let others solve a problem themselves.",
        false,
    ),
    s(
        BeHelpful,
        "asked a thoughtful or challenging question where others could see it.",
        false,
    ),
    s(
        BeHelpful,
        "kept my work in progress to myself until it was finished.",
        true,
    ),
    s(
        Experiment,
        "tried a new way of using the network: a format, a group or a tool.",
        false,
    ),
    s(
        Experiment,
        "welcomed a view that differed from mine and learned from it.",
        false,
    ),
    s(
        Experiment,
        "changed something in how I work because of what I heard on the network.",
        false,
    ),
    s(
        Experiment,
        "used the network mainly to broadcast my views and build my profile.",
        true,
    ),
];

/// Every point of the agreement scale, 1 to 5.
pub const SCALE: [&str; 5] = [
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
];

/// What every statement completes.
pub const STEM: &str = "In the last two weeks I";
