//! The variables a message uses, read from its syntax tree.
use fluent_syntax::ast;
use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct Uses {
    /// Every `$name`, in selectors and their variants too.
    pub vars: BTreeSet<String>,
    /// A selector chooses among variants (a plural or a choice of words).
    pub selects: bool,
    /// A selector has a `[one]` variant: a plural.
    pub plural: bool,
}

pub fn of(pattern: &ast::Pattern<&str>) -> Uses {
    let mut uses = Uses::default();
    walk_pattern(pattern, &mut uses);
    uses
}

fn walk_pattern(p: &ast::Pattern<&str>, uses: &mut Uses) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk(expression, uses);
        }
    }
}

fn walk(e: &ast::Expression<&str>, uses: &mut Uses) {
    match e {
        ast::Expression::Select { selector, variants } => {
            uses.selects = true;
            if let ast::InlineExpression::VariableReference { id } = selector {
                uses.vars.insert(id.name.to_string());
            }
            for v in variants {
                uses.plural |=
                    matches!(v.key, ast::VariantKey::Identifier { name } if name == "one");
                walk_pattern(&v.value, uses);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
            uses.vars.insert(id.name.to_string());
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            walk(expression, uses)
        }
        ast::Expression::Inline(_) => {}
    }
}
