//! Every sentence Aloud says to a person, in one Fluent catalogue per language
//! (`core/locales/<lang>/aloud.ftl`, built into the binary). A key missing from a
//! language falls back to English, key by key. Machine output (`--json`, ids,
//! enum values) never goes through here.
mod dates;
mod language;
mod page;
mod said;
#[cfg(test)]
mod tests;
mod timing;
mod variables;

pub use dates::hh_mm;
pub use language::{Language, AUTO};
pub use page::{Messages, PageMessage};
pub use said::{speak_in, spoken, Said, Value};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The catalogue sources, by language (the pseudo-locale is made from English).
const SOURCES: [(Language, &str); 3] = [
    (Language::En, include_str!("../../locales/en/aloud.ftl")),
    (Language::De, include_str!("../../locales/de/aloud.ftl")),
    (Language::Fr, include_str!("../../locales/fr/aloud.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

/// The messages of one language, with English behind it.
pub struct Catalogue {
    language: Language,
    /// The language's own bundle first, English last.
    bundles: Vec<Bundle>,
}

/// A message's variables: `Args::new().num("done", 1).str("habit", "Describe")`.
#[derive(Default)]
pub struct Args<'a>(FluentArgs<'a>);

impl<'a> Args<'a> {
    pub fn new() -> Self {
        Args(FluentArgs::new())
    }

    pub fn str(mut self, name: impl Into<Cow<'a, str>>, value: impl Into<Cow<'a, str>>) -> Self {
        self.0.set(name, FluentValue::String(value.into()));
        self
    }

    pub fn num(mut self, name: impl Into<Cow<'a, str>>, value: impl Into<f64>) -> Self {
        self.0.set(name, FluentValue::from(value.into()));
        self
    }
}

/// Marks a key chosen at run time (from a table), so the catalogue test sees it used.
pub const fn key(k: &'static str) -> &'static str {
    k
}

impl Catalogue {
    /// The catalogue of `language`, built once per process.
    pub fn get(language: Language) -> &'static Catalogue {
        static BUILT: [OnceLock<Catalogue>; Language::ALL.len()] =
            [const { OnceLock::new() }; Language::ALL.len()];
        let slot = Language::ALL
            .iter()
            .position(|l| *l == language)
            .expect("every language is in ALL");
        BUILT[slot].get_or_init(|| Catalogue::build(language))
    }

    /// The catalogue for the stored `language` setting in this environment.
    pub fn for_setting(setting: Option<&str>) -> &'static Catalogue {
        Catalogue::get(Language::for_setting(setting))
    }

    fn build(language: Language) -> Catalogue {
        let mut bundles = Vec::new();
        if language == Language::Pseudo {
            let mut b = bundle(Language::En);
            b.set_transform(Some(pseudo));
            bundles.push(b);
        } else if language != Language::En {
            bundles.push(bundle(language));
        }
        bundles.push(bundle(Language::En));
        Catalogue { language, bundles }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// A habit's trigger as the start of a recipe: "after my first coffee", or
    /// "when I'm about to leave for lunch" for a trigger that is a clause.
    pub fn cue(&self, trigger: &str) -> String {
        let (leads, clauses) = self.language.cue_words();
        let trimmed = trigger.trim();
        let lower = trimmed.to_lowercase();
        let rest = leads
            .iter()
            .find(|w| lower.starts_with(*w))
            .map_or(trimmed, |w| &trimmed[w.len()..]);
        let clause = clauses.iter().any(|w| rest.to_lowercase().starts_with(w));
        let k = if clause {
            key("cue-when")
        } else {
            key("cue-after")
        };
        self.msg_with(k, &Args::new().str("trigger", rest))
    }

    /// The Tiny Habits recipe: "After my first coffee, I will share one moment…".
    pub fn recipe(&self, trigger: &str, prompt: &str) -> String {
        let prompt = prompt.trim().trim_end_matches('.');
        let prompt = if self.language.lowers_inner_sentences() {
            first_letter(prompt, char::to_lowercase)
        } else {
            prompt.to_string()
        };
        let args = Args::new()
            .str("cue", self.opening(trigger))
            .str("prompt", prompt);
        self.msg_with("recipe", &args)
    }

    /// A reminder's first words: "After my first coffee: Share one moment…".
    pub fn moment(&self, trigger: &str, prompt: &str) -> String {
        let args = Args::new()
            .str("cue", self.opening(trigger))
            .str("prompt", prompt);
        self.msg_with("reminder-moment", &args)
    }

    /// The cue starting a sentence: "After my first coffee".
    fn opening(&self, trigger: &str) -> String {
        first_letter(&self.cue(trigger), char::to_uppercase)
    }

    /// The English catalogue's keys that start with `prefix` (for a shell's own
    /// check that it uses each of its messages).
    pub fn english_keys(prefix: &str) -> Vec<String> {
        entries(Language::En)
            .into_iter()
            .map(|(key, _)| key)
            .filter(|key| key.starts_with(prefix))
            .collect()
    }

    /// Whether the catalogue (or English behind it) has the message `key`.
    pub fn has(&self, key: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(key))
    }

    /// A message without variables.
    pub fn msg(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// A message without variables, starting with a capital (a label, a choice).
    pub fn label(&self, key: &str) -> String {
        first_letter(&self.msg(key), char::to_uppercase)
    }

    /// A message with its variables.
    pub fn msg_with(&self, key: &str, args: &Args) -> String {
        self.format(key, Some(&args.0))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        for bundle in &self.bundles {
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            debug_assert!(errors.is_empty(), "{key}: {errors:?}");
            return text.into_owned();
        }
        debug_assert!(false, "no message {key}");
        key.to_string()
    }
}

/// `text` with its first letter changed by `case`.
fn first_letter<I: Iterator<Item = char>>(text: &str, case: impl Fn(char) -> I) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| case(c).chain(chars).collect())
        .unwrap_or_default()
}

/// The prefix of the keys the dashboard uses.
pub const DASHBOARD: &str = "ui-";

/// Each message of a language's own catalogue with the variables it uses.
fn entries(language: Language) -> Vec<(String, variables::Uses)> {
    let resource =
        FluentResource::try_new(source(language).to_string()).expect("the catalogue parses");
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some((
                m.id.name.to_string(),
                m.value.as_ref().map(variables::of).unwrap_or_default(),
            )),
            _ => None,
        })
        .collect()
}

fn bundle(language: Language) -> Bundle {
    bundle_from(language, source(language))
}

fn source(language: Language) -> &'static str {
    SOURCES
        .iter()
        .find(|(l, _)| *l == language)
        .map_or("", |(_, s)| s)
}

fn bundle_from(language: Language, source: &str) -> Bundle {
    let resource = FluentResource::try_new(source.to_string()).expect("the catalogue parses");
    let id = language.code().parse().expect("a valid language id");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around variables: terminals and notification
    // servers would show them as stray characters.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .expect("no message defined twice");
    bundle
}

/// "Today: " → "Ţöðåý:·· ": every ASCII letter swapped for an accented look-alike
/// and each piece a third longer, so a string that bypasses the catalogue stands
/// out (it keeps plain letters) and tight layouts show. Variables are untouched.
fn pseudo(text: &str) -> Cow<'_, str> {
    const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const ACCENTED: &str = "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    let letters = text.chars().filter(char::is_ascii_alphabetic).count();
    if letters == 0 {
        return Cow::Borrowed(text);
    }
    let swapped = text.chars().map(|c| {
        PLAIN
            .find(c)
            .and_then(|i| ACCENTED.chars().nth(i))
            .unwrap_or(c)
    });
    // The padding goes before trailing spaces, so words stay apart.
    let body: String = swapped.collect();
    let trimmed = body.trim_end();
    let padding = "·".repeat(letters.div_ceil(3));
    Cow::Owned(format!("{trimmed}{padding}{}", &body[trimmed.len()..]))
}
