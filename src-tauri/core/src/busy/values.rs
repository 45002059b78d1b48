//! Values as RFC 5545 writes them: a DATE-TIME and a DURATION.
use chrono::{Duration, NaiveDateTime};

/// `20260302T093000` or `20260302T093000Z`; true when UTC.
pub(super) fn date_time(value: &str) -> Option<(NaiveDateTime, bool)> {
    let value = value.trim();
    let (bare, utc) = match value.strip_suffix(['Z', 'z']) {
        Some(bare) => (bare, true),
        None => (value, false),
    };
    let wall = NaiveDateTime::parse_from_str(bare, "%Y%m%dT%H%M%S").ok()?;
    Some((wall, utc))
}

/// An RFC 5545 duration: `PT1H30M`, `P1D`, `P2W`, `-PT15M`.
pub(super) fn duration(value: &str) -> Option<Duration> {
    let value = value.trim();
    let (sign, rest) = match value.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, value.strip_prefix('+').unwrap_or(value)),
    };
    let mut rest = rest.strip_prefix(['P', 'p'])?;
    let mut total = 0i64;
    let mut in_time = false;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix(['T', 't']) {
            in_time = true;
            rest = r;
            continue;
        }
        let digits = rest.find(|c: char| !c.is_ascii_digit())?;
        let n: i64 = rest[..digits].parse().ok()?;
        let unit = rest[digits..].chars().next()?.to_ascii_uppercase();
        let secs = match (unit, in_time) {
            ('W', false) => 604_800,
            ('D', false) => 86_400,
            ('H', true) => 3600,
            ('M', true) => 60,
            ('S', true) => 1,
            _ => return None,
        };
        total = total.checked_add(n.checked_mul(secs)?)?;
        rest = &rest[digits + 1..];
    }
    Some(Duration::seconds(sign * total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_read_as_rfc_5545_writes_them() {
        assert_eq!(duration("PT1H30M"), Some(Duration::minutes(90)));
        assert_eq!(duration("P1D"), Some(Duration::days(1)));
        assert_eq!(duration("P2W"), Some(Duration::weeks(2)));
        assert_eq!(duration("-PT15M"), Some(Duration::minutes(-15)));
        assert_eq!(duration("P1DT2H"), Some(Duration::hours(26)));
        assert_eq!(duration("PT1D"), None);
        assert_eq!(duration("1H"), None);
    }
}
