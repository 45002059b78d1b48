//! The dashboard's messages (`ui-…`) as the page fills them in: each variable is
//! written `{name}`, and a plural comes with its variants by CLDR category (`one`,
//! `few`, `many`, `other`…), of which the page picks one with `Intl.PluralRules`,
//! the same CLDR rules Fluent chooses by. So the page has no plural scheme and no
//! words of its own: both are the catalogue's.
use super::{entries, pseudo, source, Catalogue, Language, DASHBOARD};
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use serde::Serialize;
use std::collections::BTreeMap;

/// One message of the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum PageMessage {
    Text(String),
    /// Chosen by the number in the variable `select`; `other` is the variant to
    /// use when none matches (Fluent's default, marked `*`).
    Plural {
        select: String,
        variants: BTreeMap<String, String>,
        other: String,
    },
}

/// What the page receives: its language and its messages by key.
#[derive(Debug, Serialize)]
pub struct Messages {
    pub language: &'static str,
    pub messages: BTreeMap<String, PageMessage>,
}

impl Catalogue {
    /// The dashboard's messages in this catalogue's language, English where the
    /// language lacks one.
    pub fn dashboard_messages(&self) -> Messages {
        let own = Resource::of(self.language);
        let english = Resource::of(Language::En);
        let messages = entries(Language::En)
            .into_iter()
            .filter(|(key, _)| key.starts_with(DASHBOARD))
            .filter_map(|(key, _)| {
                let message = own.message(&key).or_else(|| english.message(&key))?;
                Some((key, message))
            })
            .collect();
        Messages {
            language: self.language.code(),
            messages,
        }
    }
}

/// A language's parsed catalogue, with the pseudo-locale's transform.
struct Resource {
    resource: FluentResource,
    pseudo: bool,
}

impl Resource {
    fn of(language: Language) -> Resource {
        let source = if language == Language::Pseudo {
            source(Language::En)
        } else {
            source(language)
        };
        Resource {
            resource: FluentResource::try_new(source.to_string()).expect("the catalogue parses"),
            pseudo: language == Language::Pseudo,
        }
    }

    fn message(&self, key: &str) -> Option<PageMessage> {
        let pattern = self.resource.entries().find_map(|e| match e {
            ast::Entry::Message(m) if m.id.name == key => m.value.as_ref(),
            _ => None,
        })?;
        Some(match plural(pattern) {
            None => PageMessage::Text(self.flatten(pattern, None)),
            Some((select, keys, other)) => PageMessage::Plural {
                select,
                variants: keys
                    .iter()
                    .map(|k| (k.clone(), self.flatten(pattern, Some(k))))
                    .collect(),
                other,
            },
        })
    }

    /// The pattern's text with `{name}` for each variable; a selector gives the
    /// variant `chosen` (its default when `None`).
    fn flatten(&self, pattern: &ast::Pattern<&str>, chosen: Option<&str>) -> String {
        let mut text = String::new();
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } if self.pseudo => {
                    text.push_str(&pseudo(value))
                }
                ast::PatternElement::TextElement { value } => text.push_str(value),
                ast::PatternElement::Placeable { expression } => {
                    text.push_str(&self.expression(expression, chosen))
                }
            }
        }
        text
    }

    fn expression(&self, expression: &ast::Expression<&str>, chosen: Option<&str>) -> String {
        match expression {
            ast::Expression::Select { variants, .. } => {
                let variant = variants
                    .iter()
                    .find(|v| Some(key_name(&v.key).as_str()) == chosen)
                    .or_else(|| variants.iter().find(|v| v.default))
                    .expect("a select has a default variant");
                self.flatten(&variant.value, chosen)
            }
            ast::Expression::Inline(inline) => match inline {
                ast::InlineExpression::VariableReference { id } => format!("{{{}}}", id.name),
                ast::InlineExpression::StringLiteral { value } => value.to_string(),
                ast::InlineExpression::NumberLiteral { value } => value.to_string(),
                ast::InlineExpression::Placeable { expression } => {
                    self.expression(expression, chosen)
                }
                // The page's messages refer to no other message, term or function
                // (a test reads them all).
                other => panic!("a page message uses {other:?}"),
            },
        }
    }
}

/// The selector's variable, its variants' keys and the default one, when the
/// pattern chooses among variants.
fn plural(pattern: &ast::Pattern<&str>) -> Option<(String, Vec<String>, String)> {
    pattern.elements.iter().find_map(|element| match element {
        ast::PatternElement::Placeable {
            expression:
                ast::Expression::Select {
                    selector: ast::InlineExpression::VariableReference { id },
                    variants,
                },
        } => Some((
            id.name.to_string(),
            variants.iter().map(|v| key_name(&v.key)).collect(),
            variants
                .iter()
                .find(|v| v.default)
                .map(|v| key_name(&v.key))
                .unwrap_or_else(|| "other".to_string()),
        )),
        _ => None,
    })
}

fn key_name(key: &ast::VariantKey<&str>) -> String {
    match key {
        ast::VariantKey::Identifier { name } => name.to_string(),
        ast::VariantKey::NumberLiteral { value } => value.to_string(),
    }
}
