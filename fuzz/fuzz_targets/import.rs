//! The import parser on arbitrary bytes: it must accept or refuse, never panic, hang
//! or blow up in memory.
#![no_main]

use aloud_core::defaults::default_habits;
use aloud_core::io::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let english = aloud_core::i18n::Catalogue::get(aloud_core::i18n::Language::En);
        let stored = default_habits(
            chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            chrono::Utc::now(),
            english,
        );
        if let Ok(doc) = Document::parse_and_validate(text, &stored) {
            assert_eq!(doc.summary().entries, doc.entries.len());
        }
    }
});
