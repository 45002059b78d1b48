//! A time zone as the C library understands `TZ`: an IANA name, or a fixed POSIX
//! offset such as `UTC-3` or `<+0530>-05:30` (no DST rule). Aloud's local time must
//! agree with what `date` shows in the same environment, fixed offsets included.
use chrono::{FixedOffset, MappedLocalTime, NaiveDate, NaiveDateTime, Offset, TimeZone};
use chrono_tz::{OffsetName, Tz, TzOffset};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    Named(Tz),
    Fixed(FixedOffset),
}

/// The offset of a `Zone` at one instant.
#[derive(Debug, Clone, Copy)]
pub enum ZoneOffset {
    Named(TzOffset),
    Fixed(FixedOffset),
}

impl Zone {
    pub const UTC: Zone = Zone::Named(Tz::UTC);

    /// The IANA name, or for a fixed offset the POSIX form that the C library reads
    /// back the same way (`<+0530>-05:30`).
    pub fn name(&self) -> String {
        match self {
            Zone::Named(tz) => tz.name().to_string(),
            Zone::Fixed(offset) => {
                let secs = offset.local_minus_utc();
                let (east, west) = if secs < 0 { ('-', '+') } else { ('+', '-') };
                let a = secs.unsigned_abs();
                let (h, m, s) = (a / 3600, a / 60 % 60, a % 60);
                if s == 0 {
                    format!("<{east}{h:02}{m:02}>{west}{h:02}:{m:02}")
                } else {
                    format!("<{east}{h:02}{m:02}{s:02}>{west}{h:02}:{m:02}:{s:02}")
                }
            }
        }
    }
}

impl From<Tz> for Zone {
    fn from(tz: Tz) -> Self {
        Zone::Named(tz)
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

impl FromStr for Zone {
    type Err = String;

    /// An IANA name (`Europe/Berlin`), or a POSIX TZ value with a fixed offset
    /// (`EST5`, `UTC-3`, `<+0530>-05:30`); a leading ':' is ignored.
    fn from_str(value: &str) -> Result<Self, String> {
        let value = value.trim().trim_start_matches(':');
        if let Ok(tz) = value.parse::<Tz>() {
            return Ok(Zone::Named(tz));
        }
        posix_fixed(value).map(Zone::Fixed).ok_or_else(|| {
            format!("'{value}' is not a time zone; use an IANA name such as Europe/Berlin")
        })
    }
}

/// `std offset` of POSIX TZ with no DST part: std is three or more letters or `<…>`;
/// the offset is hh[:mm[:ss]] *west* of UTC, with an optional sign.
fn posix_fixed(value: &str) -> Option<FixedOffset> {
    let rest = if let Some(quoted) = value.strip_prefix('<') {
        let (name, rest) = quoted.split_once('>')?;
        (name.len() >= 3
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '-'))
        .then_some(rest)?
    } else {
        let letters = value.chars().take_while(char::is_ascii_alphabetic).count();
        (letters >= 3).then(|| &value[letters..])?
    };
    let (west, digits) = match rest.split_at_checked(1)? {
        ("+", d) => (1, d),
        ("-", d) => (-1, d),
        _ => (1, rest),
    };
    FixedOffset::west_opt(west * offset_seconds(digits)?)
}

/// hh[:mm[:ss]] with hh at most 24 and mm, ss below 60, in seconds.
fn offset_seconds(text: &str) -> Option<i32> {
    let parts: Vec<&str> = text.split(':').collect();
    if parts.len() > 3 {
        return None;
    }
    let mut total = 0;
    for (i, part) in parts.iter().enumerate() {
        if part.is_empty() || part.len() > 2 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let n: i32 = part.parse().ok()?;
        if n >= [25, 60, 60][i] {
            return None;
        }
        total += n * [3600, 60, 1][i];
    }
    Some(total)
}

impl Offset for ZoneOffset {
    fn fix(&self) -> FixedOffset {
        match self {
            ZoneOffset::Named(o) => o.fix(),
            ZoneOffset::Fixed(o) => *o,
        }
    }
}

impl fmt::Display for ZoneOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ZoneOffset::Named(o) => match o.abbreviation() {
                Some(abbr) => f.write_str(abbr),
                None => write!(f, "{}", o.fix()),
            },
            ZoneOffset::Fixed(o) => write!(f, "{o}"),
        }
    }
}

impl TimeZone for Zone {
    type Offset = ZoneOffset;

    fn from_offset(offset: &ZoneOffset) -> Self {
        match offset {
            ZoneOffset::Named(o) => Zone::Named(Tz::from_offset(o)),
            ZoneOffset::Fixed(o) => Zone::Fixed(*o),
        }
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<ZoneOffset> {
        match self {
            #[allow(deprecated)]
            Zone::Named(tz) => tz.offset_from_local_date(local).map(ZoneOffset::Named),
            Zone::Fixed(o) => MappedLocalTime::Single(ZoneOffset::Fixed(*o)),
        }
    }

    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> MappedLocalTime<ZoneOffset> {
        match self {
            Zone::Named(tz) => tz.offset_from_local_datetime(local).map(ZoneOffset::Named),
            Zone::Fixed(o) => MappedLocalTime::Single(ZoneOffset::Fixed(*o)),
        }
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> ZoneOffset {
        match self {
            #[allow(deprecated)]
            Zone::Named(tz) => ZoneOffset::Named(tz.offset_from_utc_date(utc)),
            Zone::Fixed(o) => ZoneOffset::Fixed(*o),
        }
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> ZoneOffset {
        match self {
            Zone::Named(tz) => ZoneOffset::Named(tz.offset_from_utc_datetime(utc)),
            Zone::Fixed(o) => ZoneOffset::Fixed(*o),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn east(value: &str) -> Option<i32> {
        match value.parse::<Zone>() {
            Ok(Zone::Fixed(o)) => Some(o.local_minus_utc()),
            _ => None,
        }
    }

    #[test]
    fn posix_fixed_offsets_count_west_as_the_c_library_does() {
        assert_eq!(east("UTC-3"), Some(3 * 3600), "UTC-3 is three hours east");
        assert_eq!(east("EST5"), Some(-5 * 3600));
        assert_eq!(east("<+0530>-05:30"), Some(5 * 3600 + 30 * 60));
        assert_eq!(east("<LOC>-23:58:07"), Some(23 * 3600 + 58 * 60 + 7));
        assert_eq!(east("XYZ+0:01"), Some(-60));
        assert_eq!(east(":ABC-2"), Some(2 * 3600));
    }

    #[test]
    fn our_own_names_read_back() {
        for secs in [0, 3 * 3600, -(9 * 3600 + 30 * 60), 14 * 3600, 5 * 3600 + 7] {
            let zone = Zone::Fixed(FixedOffset::east_opt(secs).unwrap());
            assert_eq!(zone.name().parse::<Zone>(), Ok(zone), "{}", zone.name());
        }
        assert_eq!(
            "Europe/Berlin".parse::<Zone>().unwrap().name(),
            "Europe/Berlin"
        );
    }

    #[test]
    fn rules_with_dst_and_nonsense_are_refused() {
        for bad in [
            "EST5EDT,M3.2.0,M11.1.0",
            "E5",
            "ABC",
            "ABC25",
            "ABC1:60",
            "ABC1:2:3:4",
            "ABC+",
            "<AB>1",
            "Mars/Base",
            "",
            "UTC+25:00",
            "UTC+5x",
        ] {
            assert!(bad.parse::<Zone>().is_err(), "{bad}");
        }
    }

    #[test]
    fn a_fixed_zone_maps_local_times_one_to_one() {
        let zone: Zone = "<LOC>-05:37".parse().unwrap();
        let local = NaiveDate::from_ymd_opt(2026, 3, 29)
            .unwrap()
            .and_hms_opt(2, 30, 0)
            .unwrap();
        let at = zone.from_local_datetime(&local).single().unwrap();
        assert_eq!(
            at.naive_utc(),
            local - chrono::Duration::minutes(5 * 60 + 37)
        );
    }
}
