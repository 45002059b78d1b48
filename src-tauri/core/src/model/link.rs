//! A named link to the person's network ("Viva Engage", "LinkedIn", an intranet
//! page), which a check-in opens in the browser. Aloud itself never connects to it.
use super::text::one_line;
use crate::error::{CoreError, Result};
use serde::{Deserialize, Deserializer, Serialize};

pub const LINK_NAME_MAX: usize = 40;
/// Longer than any real post or feed address; a longer one is a mistake or a payload.
pub const LINK_URL_MAX: usize = 2000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub name: LinkName,
    pub url: LinkUrl,
    /// The link a habit without one of its own opens.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub default: bool,
}

/// A link's name: one line of 1–40 characters, unique regardless of case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct LinkName(String);

impl LinkName {
    pub fn parse(value: &str) -> Result<Self> {
        one_line("a link's name", value, LINK_NAME_MAX, false).map(LinkName)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Names are told apart without regard to case ("linkedin" is "LinkedIn").
    pub fn same_as(&self, other: &str) -> bool {
        self.0.to_lowercase() == other.trim().to_lowercase()
    }
}

/// An http or https address with a host, in one piece: nothing a browser would run
/// (`javascript:`), read from disk (`file:`) or take inline (`data:`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkUrl(String);

impl LinkUrl {
    pub fn parse(value: &str) -> Result<Self> {
        let url = value.trim();
        let length = url.chars().count();
        if length > LINK_URL_MAX {
            return Err(CoreError::said(
                "error-link-too-long",
                vec![("count", length.into()), ("max", LINK_URL_MAX.into())],
            ));
        }
        if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(CoreError::said("error-link-spaces", vec![]));
        }
        let lower = url.to_ascii_lowercase();
        let Some(rest) = ["https://", "http://"]
            .iter()
            .find_map(|scheme| lower.strip_prefix(scheme))
        else {
            let scheme = lower.split_once(':').map_or("", |(s, _)| s);
            return Err(if scheme.is_empty() {
                CoreError::said("error-not-a-web-address", vec![("url", url.into())])
            } else {
                CoreError::said("error-scheme", vec![("scheme", scheme.into())])
            });
        };
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host = authority.rsplit('@').next().unwrap_or("");
        let host = host.split(':').next().unwrap_or("");
        if host.is_empty() || authority.contains('@') {
            return Err(CoreError::said("error-no-host", vec![("url", url.into())]));
        }
        Ok(LinkUrl(url.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for LinkName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        LinkName::parse(&String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for LinkUrl {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        LinkUrl::parse(&String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_are_kept_and_everything_else_is_refused_with_a_reason() {
        for good in [
            "https://engage.cloud.microsoft/main/feed",
            "http://intranet.example/news?tab=1#top",
            "HTTPS://www.linkedin.com/feed/",
            "https://wiki.example:8443/",
        ] {
            assert_eq!(LinkUrl::parse(good).unwrap().as_str(), good);
        }
        let refused = |url: &str| LinkUrl::parse(url).unwrap_err().to_string();
        assert!(refused("javascript:alert(1)").contains("javascript: links are not allowed"));
        assert!(refused("JavaScript:alert(1)").contains("javascript:"));
        assert!(refused("file:///etc/passwd").contains("file: links"));
        assert!(refused("data:text/html,<b>hi</b>").contains("data: links"));
        assert!(refused("ftp://files.example/").contains("ftp: links"));
        assert!(refused("www.linkedin.com").contains("start with https://"));
        assert!(refused("https://").contains("no host"));
        assert!(refused("https://user@evil.example/").contains("'@'"));
        assert!(refused("https://a.example/x y").contains("spaces"));
        assert!(refused("https://a.example/\u{7}").contains("control"));
        let long = format!("https://a.example/{}", "x".repeat(LINK_URL_MAX));
        assert!(refused(&long).contains("the limit is 2000"));
    }

    #[test]
    fn names_are_one_short_line_and_compare_without_case() {
        let name = LinkName::parse("  LinkedIn ").unwrap();
        assert_eq!(name.as_str(), "LinkedIn");
        assert!(name.same_as("linkedin"));
        assert!(LinkName::parse("").is_err());
        assert!(LinkName::parse(&"n".repeat(LINK_NAME_MAX + 1)).is_err());
        assert!(LinkName::parse("two\nlines").is_err());
    }
}
