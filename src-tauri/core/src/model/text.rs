//! Shared validation of user-supplied text, dates and durations.
use crate::error::{CoreError, Result};
use crate::i18n::{key, Said, Value};
use chrono::NaiveDate;

/// Trims `value` and checks it is one line of 1..=max characters (0..=max when `optional`).
pub(crate) fn one_line(field: &str, value: &str, max: usize, optional: bool) -> Result<String> {
    let trimmed = value.trim();
    if trimmed.is_empty() && !optional {
        return Err(CoreError::said(
            "error-empty",
            vec![("field", field_name(field))],
        ));
    }
    let count = trimmed.chars().count();
    if count > max {
        return Err(CoreError::said(
            "error-too-long",
            vec![
                ("field", field_name(field)),
                ("count", count.into()),
                ("max", max.into()),
            ],
        ));
    }
    if trimmed.chars().any(char::is_control) {
        return Err(CoreError::said(
            "error-one-line",
            vec![("field", field_name(field))],
        ));
    }
    Ok(trimmed.to_string())
}

/// Parses a calendar date written exactly as YYYY-MM-DD.
pub fn parse_date(value: &str) -> Result<NaiveDate> {
    let well_formed = value.len() == 10
        && value.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !well_formed {
        return Err(CoreError::said(
            "error-not-a-date",
            vec![("value", value.into())],
        ));
    }
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .map_err(|_| CoreError::said("error-no-such-date", vec![("value", value.into())]))
}

/// Parses a duration such as `90s`, `10m`, `2h`, `1d`, `3w` or a combination like `1h30m`.
pub fn parse_duration(value: &str) -> Result<chrono::Duration> {
    let bad = || CoreError::said("error-not-a-duration", vec![("value", value.into())]);
    let mut total: i64 = 0;
    let mut digits = String::new();
    let mut parts = 0;
    for c in value.trim().chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let unit = match c {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86_400,
            'w' => 604_800,
            _ => return Err(bad()),
        };
        if digits.is_empty() || digits.len() > 7 {
            return Err(bad());
        }
        let n: i64 = digits.parse().map_err(|_| bad())?;
        total = total.checked_add(n * unit).ok_or_else(bad)?;
        digits.clear();
        parts += 1;
    }
    if parts == 0 || !digits.is_empty() || total == 0 {
        return Err(bad());
    }
    Ok(chrono::Duration::seconds(total))
}

/// A field's name in the person's language (the code names it in English).
fn field_name(field: &str) -> Value {
    let k = match field {
        "name" => key("field-name"),
        "note" => key("field-note"),
        "prompt" => key("field-prompt"),
        "trigger" => key("field-trigger"),
        "a link's name" => key("field-link-name"),
        "a name" => key("field-person-name"),
        "an idea" => key("field-idea"),
        "starter" => key("field-starter"),
        _ => return Value::Text(field.to_string()),
    };
    Said::new(k, Vec::new()).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_exact_and_real() {
        assert_eq!(
            parse_date("2026-02-28").unwrap(),
            NaiveDate::from_ymd_opt(2026, 2, 28).unwrap()
        );
        for bad in [
            "2026-2-28",
            "2026-02-30",
            "20260228",
            "",
            "2026-02-28 ",
            "２０26-02-28",
        ] {
            assert!(parse_date(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn durations_accept_units_and_combinations() {
        assert_eq!(parse_duration("90s").unwrap().num_seconds(), 90);
        assert_eq!(parse_duration("10m").unwrap().num_seconds(), 600);
        assert_eq!(parse_duration("1h30m").unwrap().num_seconds(), 5400);
        assert_eq!(parse_duration("2d").unwrap().num_seconds(), 172_800);
        assert_eq!(parse_duration("3w").unwrap().num_seconds(), 1_814_400);
        for bad in ["", "10", "m", "0m", "5x", "-5m", "99999999h"] {
            assert!(parse_duration(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn one_line_text_is_trimmed_and_bounded() {
        assert_eq!(
            one_line("name", "  Describe ", 10, false).unwrap(),
            "Describe"
        );
        assert!(one_line("name", "   ", 10, false).is_err());
        assert_eq!(one_line("note", "", 10, true).unwrap(), "");
        assert!(one_line("name", "two\nlines", 20, false).is_err());
        assert!(one_line("name", &"é".repeat(11), 10, false).is_err());
        assert!(one_line("name", &"é".repeat(10), 10, false).is_ok());
    }
}
