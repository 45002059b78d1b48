//! The Self-Report Behavioural Automaticity Index (Gardner et al. 2012, IJBNPA 9:102):
//! four statements about a behaviour, each answered 1 (strongly disagree) to 7
//! (strongly agree); or its first statement alone, the quick form (Gardner, Lally &
//! Rebar 2024). The score is the mean of the answers.
//!
//! The English statements are the published ones, with the habit named in the stem.
//! The German and French wordings are our own translations, kept parallel to the
//! English item by item (`srbai-*` in the catalogues).
use crate::error::{CoreError, Result};
use crate::i18n::{key, Args, Catalogue};
use serde::{Serialize, Serializer};

pub const ANSWER_MIN: u8 = 1;
pub const ANSWER_MAX: u8 = 7;

/// The statements' keys, in the published order.
pub const STATEMENTS: [&str; 4] = [
    key("srbai-automatically"),
    key("srbai-without-remembering"),
    key("srbai-without-thinking"),
    key("srbai-before-realising"),
];

/// The four statements about `habit`, in the person's language.
pub fn statements(c: &Catalogue, habit: &str) -> [String; 4] {
    STATEMENTS.map(|k| c.msg_with(k, &Args::new().str("habit", habit)))
}

/// One check's answers: all four statements, or the first alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SrbaiAnswers {
    Full([u8; 4]),
    Quick(u8),
}

impl SrbaiAnswers {
    pub fn new(values: &[i64]) -> Result<Self> {
        for (i, &v) in values.iter().enumerate() {
            if !(i64::from(ANSWER_MIN)..=i64::from(ANSWER_MAX)).contains(&v) {
                return Err(CoreError::said(
                    "error-srbai-range",
                    vec![("number", (i + 1).into()), ("value", v.to_string().into())],
                ));
            }
        }
        let v: Vec<u8> = values.iter().map(|&v| v as u8).collect();
        match v.as_slice() {
            [one] => Ok(SrbaiAnswers::Quick(*one)),
            [a, b, c, d] => Ok(SrbaiAnswers::Full([*a, *b, *c, *d])),
            _ => Err(CoreError::said(
                "error-srbai-count",
                vec![("count", values.len().into())],
            )),
        }
    }

    /// "6,5,6,7" or "6", as typed on the command line.
    pub fn parse(text: &str) -> Result<Self> {
        let values = text
            .split(',')
            .map(|part| {
                part.trim().parse::<i64>().map_err(|_| {
                    CoreError::said(
                        "error-srbai-not-an-answer",
                        vec![("value", part.trim().into())],
                    )
                })
            })
            .collect::<Result<Vec<_>>>()?;
        SrbaiAnswers::new(&values)
    }

    pub fn values(&self) -> &[u8] {
        match self {
            SrbaiAnswers::Full(all) => all,
            SrbaiAnswers::Quick(one) => std::slice::from_ref(one),
        }
    }

    /// The mean answer, 1–7.
    pub fn score(&self) -> f64 {
        let values = self.values();
        values.iter().map(|&v| f64::from(v)).sum::<f64>() / values.len() as f64
    }

    /// The stored form: one digit per answer.
    pub fn digits(&self) -> String {
        self.values().iter().map(|v| char::from(b'0' + v)).collect()
    }

    pub fn from_digits(text: &str) -> Result<Self> {
        let values: Vec<i64> = text
            .chars()
            .map(|c| c.to_digit(10).map_or(-1, i64::from))
            .collect();
        SrbaiAnswers::new(&values)
    }
}

/// Written as the list of answers: `[6, 5, 6, 7]` or `[6]`.
impl Serialize for SrbaiAnswers {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.values().serialize(s)
    }
}

impl<'de> serde::Deserialize<'de> for SrbaiAnswers {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let values = Vec::<i64>::deserialize(d)?;
        SrbaiAnswers::new(&values).map_err(serde::de::Error::custom)
    }
}
