//! From twenty answers to a score per mindset, and what changed between attempts.
use super::instrument::{Mindset, STATEMENTS, STATEMENT_COUNT};
use crate::error::{CoreError, Result};
use crate::i18n::Catalogue;
use serde::{Deserialize, Serialize};

/// Twenty answers, each 1–5, in `STATEMENTS` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<i64>", into = "Vec<i64>")]
pub struct Answers([u8; STATEMENT_COUNT]);

impl Answers {
    pub fn new(values: &[i64]) -> Result<Self> {
        if values.len() != STATEMENT_COUNT {
            return Err(CoreError::said(
                "error-answer-count",
                vec![
                    ("wanted", STATEMENT_COUNT.into()),
                    ("count", values.len().into()),
                ],
            ));
        }
        let mut out = [0; STATEMENT_COUNT];
        for (i, &v) in values.iter().enumerate() {
            if !(1..=5).contains(&v) {
                return Err(CoreError::said(
                    "error-answer-range",
                    vec![("number", (i + 1).into()), ("value", v.to_string().into())],
                ));
            }
            out[i] = v as u8;
        }
        Ok(Answers(out))
    }

    /// "3,4,5,…" as typed on the command line.
    pub fn parse(text: &str) -> Result<Self> {
        let values = text
            .split(',')
            .map(|part| {
                part.trim().parse::<i64>().map_err(|_| {
                    CoreError::said("error-not-an-answer", vec![("value", part.trim().into())])
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Answers::new(&values)
    }

    /// The compact form stored in the database: twenty digits.
    pub fn digits(&self) -> String {
        self.0.iter().map(|d| char::from(b'0' + d)).collect()
    }

    pub fn from_digits(text: &str) -> Result<Self> {
        let values: Vec<i64> = text
            .chars()
            .map(|c| c.to_digit(10).map_or(-1, i64::from))
            .collect();
        Answers::new(&values)
    }

    pub fn values(&self) -> &[u8; STATEMENT_COUNT] {
        &self.0
    }
}

impl TryFrom<Vec<i64>> for Answers {
    type Error = CoreError;
    fn try_from(values: Vec<i64>) -> Result<Self> {
        Answers::new(&values)
    }
}

impl From<Answers> for Vec<i64> {
    fn from(a: Answers) -> Self {
        a.0.iter().map(|&v| i64::from(v)).collect()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MindsetScore {
    pub mindset: Mindset,
    pub title: String,
    /// 0–100: (mean of the four items − 1) / 4 × 100, reverse items flipped first.
    pub score: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scores {
    /// In `Mindset::ALL` order.
    pub mindsets: Vec<MindsetScore>,
    /// The mean of the five.
    pub overall: f64,
}

impl Scores {
    pub fn of(&self, mindset: Mindset) -> f64 {
        self.mindsets
            .iter()
            .find(|m| m.mindset == mindset)
            .map_or(0.0, |m| m.score)
    }

    /// The lowest-scoring mindset(s); ties all count, but when all five score the same
    /// none is weakest.
    pub fn weakest(&self) -> Vec<Mindset> {
        let low = self
            .mindsets
            .iter()
            .map(|m| m.score)
            .fold(f64::INFINITY, f64::min);
        let lowest: Vec<Mindset> = self
            .mindsets
            .iter()
            .filter(|m| (m.score - low).abs() < 1e-9)
            .map(|m| m.mindset)
            .collect();
        if lowest.len() == self.mindsets.len() {
            Vec::new()
        } else {
            lowest
        }
    }
}

fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

pub fn score(answers: &Answers, c: &Catalogue) -> Scores {
    let mindsets: Vec<MindsetScore> = Mindset::ALL
        .iter()
        .map(|&mindset| {
            let items: Vec<f64> = STATEMENTS
                .iter()
                .zip(answers.0)
                .filter(|(s, _)| s.mindset == mindset)
                .map(|(s, raw)| f64::from(if s.reverse { 6 - raw } else { raw }))
                .collect();
            let mean = items.iter().sum::<f64>() / items.len() as f64;
            MindsetScore {
                mindset,
                title: mindset.title(c),
                score: round1((mean - 1.0) / 4.0 * 100.0),
            }
        })
        .collect();
    let overall = round1(mindsets.iter().map(|m| m.score).sum::<f64>() / mindsets.len() as f64);
    Scores { mindsets, overall }
}

/// A change worth calling out: one scale point (25 points) or more on a mindset.
pub const NOTABLE_CHANGE: f64 = 25.0;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub mindset: Mindset,
    pub title: String,
    pub from: f64,
    pub to: f64,
}

/// The mindsets that moved by at least `NOTABLE_CHANGE` between two attempts.
pub fn notable_changes(before: &Scores, after: &Scores, c: &Catalogue) -> Vec<Change> {
    Mindset::ALL
        .iter()
        .map(|&m| Change {
            mindset: m,
            title: m.title(c),
            from: before.of(m),
            to: after.of(m),
        })
        .filter(|c| (c.to - c.from).abs() >= NOTABLE_CHANGE - 1e-9)
        .collect()
}
