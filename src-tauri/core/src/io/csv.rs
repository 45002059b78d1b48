//! Entries as CSV (RFC 4180), one row per entry, for spreadsheets.
use crate::model::Entry;

/// `with` (added last, so older readers' columns keep their places) lists the names
/// a check-in involved, separated by "; ".
const HEADER: &str = "date,habit,logged_at,source,minutes,need,note,with";

pub fn entries_csv(entries: &[Entry]) -> String {
    let mut out = String::with_capacity(64 * (entries.len() + 1));
    out.push_str(HEADER);
    out.push_str("\r\n");
    for e in entries {
        let fields = [
            e.date.to_string(),
            e.habit.to_string(),
            e.logged_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            e.source.to_string(),
            e.minutes.map(|m| m.to_string()).unwrap_or_default(),
            e.need.map(|n| n.to_string()).unwrap_or_default(),
            e.note.clone().unwrap_or_default(),
            e.with.join("; "),
        ];
        let row: Vec<String> = fields.iter().map(|f| quote(f)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Quotes a field when it holds a comma, quote or line break; formula-leading
/// characters are prefixed with an apostrophe so a spreadsheet shows, not runs, them.
fn quote(field: &str) -> String {
    let guarded = if field.starts_with(['=', '+', '-', '@']) {
        format!("'{field}")
    } else {
        field.to_string()
    };
    if guarded.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{HabitId, Source};
    use chrono::{NaiveDate, TimeZone, Utc};

    #[test]
    fn quotes_commas_quotes_and_formulas() {
        let entry = Entry {
            habit: HabitId::parse("describe").unwrap(),
            date: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
            logged_at: Utc.with_ymd_and_hms(2026, 3, 2, 7, 31, 0).unwrap(),
            source: Source::Tray,
            note: Some("Met \"Ana\", then posted".into()),
            minutes: Some(10),
            need: None,
            with: vec!["Ana".into(), "the Lyon plant team".into()],
        };
        let formula = Entry {
            note: Some("=1+1".into()),
            ..entry.clone()
        };
        let csv = entries_csv(&[entry, formula]);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], HEADER);
        assert_eq!(
            lines[1],
            "2026-03-02,describe,2026-03-02T07:31:00Z,tray,10,,\"Met \"\"Ana\"\", then posted\",Ana; the Lyon plant team"
        );
        assert_eq!(
            lines[2],
            "2026-03-02,describe,2026-03-02T07:31:00Z,tray,10,,'=1+1,Ana; the Lyon plant team"
        );
    }
}
