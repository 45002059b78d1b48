//! A sentence to be said later, in whatever language the process speaks by then:
//! errors are made deep in the core, where no catalogue is at hand, and shown by a
//! shell (the CLI's stderr, the dashboard's inline messages, a notification).
use super::{Args, Catalogue, Language};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A catalogue key and its variables; a variable may itself be a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    key: &'static str,
    args: Vec<(&'static str, Value)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    Said(Box<Said>),
}

impl Said {
    pub fn new(key: &'static str, args: Vec<(&'static str, Value)>) -> Said {
        Said { key, args }
    }

    /// The sentence in `c`'s language.
    pub fn in_language(&self, c: &Catalogue) -> String {
        let args = self
            .args
            .iter()
            .fold(Args::new(), |args, (name, value)| match value {
                Value::Text(text) => args.str(*name, text.as_str()),
                Value::Number(n) => args.num(*name, *n),
                Value::Said(inner) => args.str(*name, inner.in_language(c)),
            });
        c.msg_with(self.key, &args)
    }
}

impl std::fmt::Display for Said {
    /// In the language the process speaks (`speak_in`; English until then).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_language(spoken()))
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Value {
                Value::Number(n as f64)
            }
        }
    )*};
}
numbers!(u8, u16, u32, u64, usize, i32, i64);

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::Text(text.to_string())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Value {
        Value::Text(text)
    }
}

impl From<&String> for Value {
    fn from(text: &String) -> Value {
        Value::Text(text.clone())
    }
}

impl From<Said> for Value {
    fn from(said: Said) -> Value {
        Value::Said(Box::new(said))
    }
}

/// The language errors and other late sentences are said in, for this process.
/// (Per thread in the core's own tests, which run side by side in one process.)
#[cfg(not(test))]
static SPOKEN: AtomicUsize = AtomicUsize::new(0);
#[cfg(test)]
thread_local! {
    static SPOKEN: AtomicUsize = const { AtomicUsize::new(0) };
}

fn with_spoken<T>(f: impl FnOnce(&AtomicUsize) -> T) -> T {
    #[cfg(not(test))]
    return f(&SPOKEN);
    #[cfg(test)]
    return SPOKEN.with(f);
}

/// From now on this process says its late sentences in `language`: a shell calls
/// it once it knows the person's language (and again when the setting changes).
pub fn speak_in(language: Language) {
    let slot = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    with_spoken(|spoken| spoken.store(slot, Ordering::Relaxed));
}

/// The catalogue of the language set by `speak_in`.
pub fn spoken() -> &'static Catalogue {
    Catalogue::get(Language::ALL[with_spoken(|spoken| spoken.load(Ordering::Relaxed))])
}
