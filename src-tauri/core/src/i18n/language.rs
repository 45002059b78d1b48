//! Which language to speak: the `language` setting when it names one, else the
//! desktop's locale (gettext's order: `LANGUAGE`'s list, then `LC_ALL`,
//! `LC_MESSAGES`, `LANG`), else English.
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Language {
    En,
    De,
    Fr,
    /// Accented, lengthened English: shows strings that bypass the catalogue, and
    /// layouts too tight for longer languages. Chosen only by name.
    #[serde(rename = "en-XA")]
    Pseudo,
}

/// What `aloud config language` accepts besides a language: follow the desktop.
pub const AUTO: &str = "auto";

impl Language {
    /// Every language, English (the fallback of every key) first.
    pub const ALL: [Language; 4] = [Language::En, Language::De, Language::Fr, Language::Pseudo];

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
            Language::Fr => "fr",
            Language::Pseudo => "en-XA",
        }
    }

    /// A setting value: `en`, `de`, `fr` or `en-XA` (any case).
    pub fn parse(value: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(value.trim()))
    }

    /// A POSIX locale such as `de_DE.UTF-8`, `fr_CA`, `de@euro` or a bare `fr`.
    fn from_locale(locale: &str) -> Option<Language> {
        let region = locale.split(['.', '@']).next().unwrap_or_default();
        if region.eq_ignore_ascii_case("en_XA") || region.eq_ignore_ascii_case("en-XA") {
            return Some(Language::Pseudo);
        }
        let lang = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default();
        match lang.to_ascii_lowercase().as_str() {
            "en" => Some(Language::En),
            "de" => Some(Language::De),
            "fr" => Some(Language::Fr),
            _ => None,
        }
    }

    /// The language for a stored `setting` (absent or `auto`: the desktop's), with
    /// `env` reading the environment.
    pub fn negotiate(setting: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Language {
        if let Some(chosen) = setting.and_then(Language::parse) {
            return chosen;
        }
        let set = |name: &str| env(name).filter(|v| !v.is_empty());
        // The locale in force for messages: the first of these that is set.
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(set);
        // gettext ignores LANGUAGE when the locale is C or POSIX (no locale at all).
        let plain = locale
            .as_deref()
            .is_none_or(|l| l == "C" || l == "POSIX" || l.starts_with("C."));
        if !plain {
            if let Some(list) = set("LANGUAGE") {
                if let Some(found) = list.split(':').find_map(Language::from_locale) {
                    return found;
                }
            }
        }
        locale
            .as_deref()
            .and_then(Language::from_locale)
            .unwrap_or(Language::En)
    }

    /// The language for `setting` in this process's environment.
    /// How a habit's trigger is told apart: the words that may already lead it
    /// ("after", "when"), and the words that make it a clause ("I leave…").
    pub(crate) fn cue_words(self) -> (&'static [&'static str], &'static [&'static str]) {
        match self {
            Language::En | Language::Pseudo => {
                (&["after ", "when "], &["i ", "i'm ", "i’m ", "we "])
            }
            Language::De => (&["nach ", "wenn "], &["ich ", "wir ", "man "]),
            Language::Fr => (
                &["après ", "quand ", "lorsque "],
                &["je ", "j'", "j’", "nous ", "on "],
            ),
        }
    }

    /// Whether a sentence set inside another starts in lower case (German keeps
    /// its capitals: nouns start with one).
    pub(crate) fn lowers_inner_sentences(self) -> bool {
        self != Language::De
    }

    pub fn for_setting(setting: Option<&str>) -> Language {
        // The core's own tests speak English whatever the machine's locale.
        if cfg!(test) {
            return Language::negotiate(setting, |_| None);
        }
        Language::negotiate(setting, |name| std::env::var(name).ok())
    }
}
