//! Which time zone a calendar's `TZID` names. Most calendars use IANA names
//! (`Europe/Berlin`), some with a vendor's prefix (`/mozilla.org/…/Europe/Berlin`);
//! Outlook and Exchange write Windows' own names (`W. Europe Standard Time`).
use chrono_tz::Tz;

/// Windows' zone names and the IANA zone each stands for (CLDR's `windowsZones`,
/// the main territory of each), the ones leaders' calendars come with.
const WINDOWS: &[(&str, Tz)] = &[
    ("Dateline Standard Time", Tz::Etc__GMTPlus12),
    ("Hawaiian Standard Time", Tz::Pacific__Honolulu),
    ("Alaskan Standard Time", Tz::America__Anchorage),
    ("Pacific Standard Time", Tz::America__Los_Angeles),
    ("US Mountain Standard Time", Tz::America__Phoenix),
    ("Mountain Standard Time", Tz::America__Denver),
    ("Central America Standard Time", Tz::America__Guatemala),
    ("Central Standard Time", Tz::America__Chicago),
    ("Central Standard Time (Mexico)", Tz::America__Mexico_City),
    ("Canada Central Standard Time", Tz::America__Regina),
    ("SA Pacific Standard Time", Tz::America__Bogota),
    ("Eastern Standard Time", Tz::America__New_York),
    (
        "US Eastern Standard Time",
        Tz::America__Indiana__Indianapolis,
    ),
    ("Atlantic Standard Time", Tz::America__Halifax),
    ("Newfoundland Standard Time", Tz::America__St_Johns),
    ("E. South America Standard Time", Tz::America__Sao_Paulo),
    (
        "Argentina Standard Time",
        Tz::America__Argentina__Buenos_Aires,
    ),
    ("Pacific SA Standard Time", Tz::America__Santiago),
    ("UTC", Tz::UTC),
    ("GMT Standard Time", Tz::Europe__London),
    ("Greenwich Standard Time", Tz::Atlantic__Reykjavik),
    ("W. Europe Standard Time", Tz::Europe__Berlin),
    ("Central Europe Standard Time", Tz::Europe__Budapest),
    ("Romance Standard Time", Tz::Europe__Paris),
    ("Central European Standard Time", Tz::Europe__Warsaw),
    ("W. Central Africa Standard Time", Tz::Africa__Lagos),
    ("E. Europe Standard Time", Tz::Europe__Chisinau),
    ("FLE Standard Time", Tz::Europe__Kyiv),
    ("GTB Standard Time", Tz::Europe__Bucharest),
    ("Israel Standard Time", Tz::Asia__Jerusalem),
    ("Egypt Standard Time", Tz::Africa__Cairo),
    ("South Africa Standard Time", Tz::Africa__Johannesburg),
    ("Turkey Standard Time", Tz::Europe__Istanbul),
    ("Russian Standard Time", Tz::Europe__Moscow),
    ("E. Africa Standard Time", Tz::Africa__Nairobi),
    ("Arab Standard Time", Tz::Asia__Riyadh),
    ("Iran Standard Time", Tz::Asia__Tehran),
    ("Arabian Standard Time", Tz::Asia__Dubai),
    ("Pakistan Standard Time", Tz::Asia__Karachi),
    ("India Standard Time", Tz::Asia__Kolkata),
    ("Nepal Standard Time", Tz::Asia__Kathmandu),
    ("Bangladesh Standard Time", Tz::Asia__Dhaka),
    ("SE Asia Standard Time", Tz::Asia__Bangkok),
    ("China Standard Time", Tz::Asia__Shanghai),
    ("Singapore Standard Time", Tz::Asia__Singapore),
    ("Taipei Standard Time", Tz::Asia__Taipei),
    ("W. Australia Standard Time", Tz::Australia__Perth),
    ("Tokyo Standard Time", Tz::Asia__Tokyo),
    ("Korea Standard Time", Tz::Asia__Seoul),
    ("Cen. Australia Standard Time", Tz::Australia__Adelaide),
    ("AUS Central Standard Time", Tz::Australia__Darwin),
    ("E. Australia Standard Time", Tz::Australia__Brisbane),
    ("AUS Eastern Standard Time", Tz::Australia__Sydney),
    ("New Zealand Standard Time", Tz::Pacific__Auckland),
];

/// The zone a `TZID` names, or `None` when it names none Aloud knows (the event
/// is then read in the person's own zone).
pub fn zone_named(tzid: &str) -> Option<Tz> {
    let tzid = tzid.trim().trim_matches('"');
    if let Ok(tz) = tzid.parse::<Tz>() {
        return Some(tz);
    }
    if let Some((_, tz)) = WINDOWS.iter().find(|(name, _)| *name == tzid) {
        return Some(*tz);
    }
    // A vendor's prefix: the IANA name is the path's last one to three parts.
    let parts: Vec<&str> = tzid.split('/').filter(|p| !p.is_empty()).collect();
    (1..=3.min(parts.len()))
        .rev()
        .find_map(|n| parts[parts.len() - n..].join("/").parse::<Tz>().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iana_windows_and_prefixed_names_are_known() {
        assert_eq!(zone_named("Europe/Berlin"), Some(Tz::Europe__Berlin));
        assert_eq!(
            zone_named("W. Europe Standard Time"),
            Some(Tz::Europe__Berlin)
        );
        assert_eq!(
            zone_named("/mozilla.org/20050126_1/America/New_York"),
            Some(Tz::America__New_York)
        );
        assert_eq!(
            zone_named("/freeassociation.sourceforge.net/America/Argentina/Buenos_Aires"),
            Some(Tz::America__Argentina__Buenos_Aires)
        );
        assert_eq!(zone_named("Somewhere Standard Time"), None);
    }
}
