use chrono::TimeZone;

use super::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .expect("instant")
}

#[test]
fn a_booked_interview_past_its_due_date_is_booked_and_late_never_overdue_nor_urgent() {
    let today = date(2026, 12, 10);
    let due = date(2026, 12, 1);
    // Booked for the 15th at 10:00 Japan time (01:00 UTC).
    let starts_at = utc(2026, 12, 15, 1, 0);
    let standing = interview_standing(due, Some(starts_at), today);
    assert_eq!(
        standing,
        InterviewStanding::Booked {
            starts_at,
            late: true
        }
    );
    assert!(!standing.overdue());
    assert!(!standing.urgent());
    assert_eq!(standing.booked_at(), Some(starts_at));
}

#[test]
fn a_booked_interview_in_time_is_booked_and_not_late() {
    let today = date(2026, 11, 20);
    let due = date(2026, 12, 1);
    let standing = interview_standing(due, Some(utc(2026, 11, 25, 1, 0)), today);
    assert!(matches!(
        standing,
        InterviewStanding::Booked { late: false, .. }
    ));
    assert!(!standing.urgent());
}

#[test]
fn without_a_booking_the_due_date_decides_overdue_soon_or_later() {
    let today = date(2026, 12, 10);
    assert_eq!(
        interview_standing(date(2026, 12, 9), None, today),
        InterviewStanding::Overdue
    );
    // The due date itself is not overdue yet, but urgent.
    let on_the_day = interview_standing(today, None, today);
    assert_eq!(on_the_day, InterviewStanding::DueSoon);
    assert!(!on_the_day.overdue() && on_the_day.urgent());
    assert_eq!(
        interview_standing(date(2026, 12, 24), None, today),
        InterviewStanding::DueSoon
    );
    let later = interview_standing(date(2026, 12, 25), None, today);
    assert_eq!(later, InterviewStanding::DueLater);
    assert!(!later.overdue() && !later.urgent());
    assert_eq!(later.booked_at(), None);
    assert!(InterviewStanding::Overdue.overdue() && InterviewStanding::Overdue.urgent());
}

#[test]
fn late_means_starting_on_a_later_day_in_japan_not_in_utc() {
    let due = date(2026, 12, 1);
    // 23:30 Japan time on the due date is 14:30 UTC: in time.
    assert!(!starts_after_due(due, utc(2026, 12, 1, 14, 30)));
    // 00:30 Japan time on the 2nd is still the 1st in UTC: late.
    assert!(starts_after_due(due, utc(2026, 12, 1, 15, 30)));
    // Before the due date: in time.
    assert!(!starts_after_due(due, utc(2026, 11, 20, 1, 0)));
}
