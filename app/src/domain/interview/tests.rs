use chrono::TimeZone;

use super::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("time")
}

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .expect("instant")
}

#[test]
fn the_next_interview_is_due_three_months_later_clamped_to_the_month_end() {
    let start = date(2026, 4, 1);
    assert_eq!(next_interview_due(None, start), date(2026, 7, 1));
    assert_eq!(
        next_interview_due(Some(date(2026, 5, 15)), start),
        date(2026, 8, 15)
    );
    assert_eq!(
        next_interview_due(Some(date(2026, 11, 30)), start),
        date(2027, 2, 28)
    );
    assert_eq!(
        next_interview_due(Some(date(2027, 11, 30)), start),
        date(2028, 2, 29)
    );
    assert_eq!(
        next_interview_due(Some(date(2026, 8, 31)), start),
        date(2026, 11, 30)
    );
    assert_eq!(
        next_interview_due(Some(date(2026, 12, 31)), start),
        date(2027, 3, 31)
    );
}

#[test]
fn japan_time_is_utc_plus_nine_all_year() {
    assert_eq!(
        tokyo::to_utc(date(2026, 1, 1), time(0, 30)),
        utc(2025, 12, 31, 15, 30)
    );
    assert_eq!(
        tokyo::to_utc(date(2026, 7, 1), time(10, 0)),
        utc(2026, 7, 1, 1, 0)
    );
    assert_eq!(
        tokyo::local(utc(2026, 3, 31, 20, 0)),
        date(2026, 4, 1).and_time(time(5, 0))
    );
    assert_eq!(tokyo::date(utc(2026, 3, 31, 14, 59)), date(2026, 3, 31));
    assert_eq!(tokyo::date(utc(2026, 3, 31, 15, 0)), date(2026, 4, 1));
}

fn tuesdays_10_to_12() -> SlotPattern {
    SlotPattern {
        from: date(2026, 12, 28),
        weeks: 8,
        weekdays: vec![Weekday::Tue],
        start: time(10, 0),
        end: time(12, 0),
        length_minutes: 30,
        buffer_minutes: 0,
    }
}

#[test]
fn a_weekly_pattern_makes_slots_across_month_and_year_ends() {
    let slots = slots_of(&tuesdays_10_to_12()).expect("slots");
    // 8 Tuesdays × 4 half hours.
    assert_eq!(slots.len(), 32);
    // The first Tuesday is 29 Dec 2026, 10:00 in Tokyo = 01:00 UTC.
    assert_eq!(
        slots[0],
        (utc(2026, 12, 29, 1, 0), utc(2026, 12, 29, 1, 30))
    );
    assert_eq!(slots[3].1, utc(2026, 12, 29, 3, 0));
    // Then 5 Jan 2027, across the year end; the last is 16 Feb 2027.
    assert_eq!(slots[4].0, utc(2027, 1, 5, 1, 0));
    assert_eq!(slots[31].0, utc(2027, 2, 16, 2, 30));
    assert!(
        slots.windows(2).all(|w| w[0].1 <= w[1].0),
        "in order, never overlapping"
    );
}

#[test]
fn a_buffer_spaces_the_slots_and_a_slot_never_runs_past_the_end() {
    let pattern = SlotPattern {
        from: date(2027, 1, 31),
        weeks: 1,
        weekdays: vec![Weekday::Sun, Weekday::Mon],
        start: time(9, 0),
        end: time(10, 40),
        length_minutes: 30,
        buffer_minutes: 10,
    };
    let slots = slots_of(&pattern).expect("slots");
    // 9:00, 9:40 (10:20 would end at 10:50): on Sunday 31 Jan and Monday 1 Feb.
    let starts: Vec<_> = slots.iter().map(|s| tokyo::local(s.0)).collect();
    assert_eq!(
        starts,
        vec![
            date(2027, 1, 31).and_time(time(9, 0)),
            date(2027, 1, 31).and_time(time(9, 40)),
            date(2027, 2, 1).and_time(time(9, 0)),
            date(2027, 2, 1).and_time(time(9, 40)),
        ]
    );
}

#[test]
fn a_pattern_that_makes_no_sense_is_refused() {
    let base = tuesdays_10_to_12();
    let no_day = SlotPattern {
        weekdays: vec![],
        ..base.clone()
    };
    assert_eq!(slots_of(&no_day), Err(PatternProblem::NoWeekday));
    let backwards = SlotPattern {
        end: time(9, 0),
        ..base.clone()
    };
    assert_eq!(slots_of(&backwards), Err(PatternProblem::EndBeforeStart));
    let tiny = SlotPattern {
        length_minutes: 5,
        ..base.clone()
    };
    assert_eq!(slots_of(&tiny), Err(PatternProblem::Length));
    let forever = SlotPattern { weeks: 52, ..base };
    assert_eq!(slots_of(&forever), Err(PatternProblem::Weeks));
}

#[test]
fn overlaps_notice_and_cutoff() {
    let a = (utc(2027, 1, 5, 1, 0), utc(2027, 1, 5, 1, 30));
    assert!(overlaps(a, (utc(2027, 1, 5, 1, 15), utc(2027, 1, 5, 2, 0))));
    assert!(
        !overlaps(a, (utc(2027, 1, 5, 1, 30), utc(2027, 1, 5, 2, 0))),
        "touching is fine"
    );
    let now = utc(2027, 1, 4, 1, 0);
    assert!(bookable(a.0, now, 24));
    assert!(!bookable(a.0, now, 25));
    assert!(changeable(a.0, now, 23));
    assert!(!changeable(a.0, now, 24), "at the cut-off it is too late");
}
