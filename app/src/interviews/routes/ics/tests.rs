use chrono::TimeZone;
use icalendar::{Component, EventLike, parser::read_calendar};

use super::*;

fn entry(sequence: u32, starts_at: DateTime<Utc>, cancelled: bool) -> String {
    ics(&CalendarEntry {
        uid: "0195f0c2-0000-7000-8000-000000000001@shien",
        sequence,
        starts_at,
        ends_at: starts_at + Duration::minutes(30),
        title: "定期面談 Periodic interview",
        description: "With 田中 健; interpreter: မြန်မာဘာသာ. Bring your residence card, please; thank you",
        location: None,
        video_url: Some("https://meet.example/abc-defg-hij"),
        reminder: "Interview in 1 hour",
        cancelled,
        changed_at: Utc
            .with_ymd_and_hms(2026, 11, 26, 3, 0, 0)
            .single()
            .expect("now"),
    })
}

fn tuesday_ten_in_tokyo() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 1, 5, 1, 0, 0)
        .single()
        .expect("instant")
}

#[test]
fn the_file_is_valid_icalendar_that_a_calendar_imports() {
    let text = entry(0, tuesday_ten_in_tokyo(), false);
    // RFC 5545: CRLF line ends, lines of at most 75 octets, the required properties.
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(text.trim_end().ends_with("END:VCALENDAR"));
    assert!(text.split("\r\n").all(|line| line.len() <= 75), "{text}");
    assert!(!text.replace("\r\n", "").contains('\n'), "bare LF");
    for required in [
        "VERSION:2.0",
        "PRODID:",
        "BEGIN:VEVENT",
        "DTSTAMP:20261126T030000Z",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
    ] {
        assert!(text.contains(required), "{required} in\n{text}");
    }
    // The reminder, an hour before the start.
    assert!(
        text.contains("TRIGGER:-PT3600S") || text.contains("TRIGGER:-PT1H"),
        "{text}"
    );
    // Parsed back (the crate's own RFC 5545 parser), the values are what was meant.
    let unfolded = icalendar::parser::unfold(&text);
    let parsed: icalendar::Calendar = read_calendar(&unfolded).expect("parses").into();
    let event = parsed.components[0].as_event().expect("an event");
    assert_eq!(
        event.get_uid(),
        Some("0195f0c2-0000-7000-8000-000000000001@shien")
    );
    assert_eq!(event.get_summary(), Some("定期面談 Periodic interview"));
    assert_eq!(
        event.get_description(),
        Some("With 田中 健; interpreter: မြန်မာဘာသာ. Bring your residence card, please; thank you")
    );
    assert_eq!(
        event.get_location(),
        Some("https://meet.example/abc-defg-hij")
    );
    // 10:00 in Tokyo is 01:00 UTC.
    assert!(text.contains("DTSTART:20270105T010000Z"), "{text}");
    assert!(text.contains("DTEND:20270105T013000Z"), "{text}");
    assert!(text.contains("STATUS:CONFIRMED"));
}

#[test]
fn a_rescheduled_or_cancelled_booking_updates_the_same_entry() {
    let first = entry(0, tuesday_ten_in_tokyo(), false);
    let moved = entry(1, tuesday_ten_in_tokyo() + Duration::days(7), false);
    let cancelled = entry(2, tuesday_ten_in_tokyo() + Duration::days(7), true);
    let uid = |text: &str| {
        text.split("\r\n")
            .find(|l| l.starts_with("UID:"))
            .map(str::to_owned)
    };
    assert_eq!(uid(&first), uid(&moved));
    assert_eq!(uid(&moved), uid(&cancelled));
    assert!(moved.contains("SEQUENCE:1") && moved.contains("DTSTART:20270112T010000Z"));
    assert!(cancelled.contains("SEQUENCE:2") && cancelled.contains("STATUS:CANCELLED"));
}
