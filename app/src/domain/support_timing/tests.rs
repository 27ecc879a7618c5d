use chrono::NaiveDate;

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn worker() -> WorkerSituation {
    WorkerSituation {
        contract_signed: Some(day(2026, 1, 10)),
        visa_application: Some(day(2026, 2, 1)),
        entry_or_change: Some(day(2026, 4, 10)),
        settled: Some(day(2026, 4, 12)),
        ..WorkerSituation::default()
    }
}

fn on(d: NaiveDate) -> (NaiveDate, NaiveDate) {
    (d, d)
}

fn timing(
    kind: SupportKind,
    s: &WorkerSituation,
    d: NaiveDate,
    minutes: u32,
) -> Result<Timing, RecordProblem> {
    check_timing(kind, s, on(d), minutes, kind.due(s), false)
}

#[test]
fn the_orientation_takes_eight_hours_or_four_for_a_former_intern_staying_on() {
    let s = worker();
    let kind = SupportKind::LifeOrientation;
    let err = timing(kind, &s, day(2026, 4, 11), 479).expect_err("7h59");
    assert_eq!(
        (err.field, err.message_key),
        ("duration_minutes", "supports.err_orientation_hours")
    );
    assert_eq!(timing(kind, &s, day(2026, 4, 11), 480), Ok(Timing::OnTime));
    let intern = WorkerSituation {
        former_intern_same_employer: true,
        ..worker()
    };
    assert_eq!(orientation_min_minutes(&intern), 240);
    assert_eq!(
        timing(kind, &intern, day(2026, 4, 11), 240),
        Ok(Timing::OnTime)
    );
    let err = timing(kind, &intern, day(2026, 4, 11), 239).expect_err("3h59");
    assert_eq!(err.message_key, "supports.err_orientation_hours_short");
    // Other supports may be short.
    assert!(timing(SupportKind::PublicProcedures, &s, day(2026, 4, 13), 30).is_ok());
}

#[test]
fn guidance_under_an_hour_is_refused_and_under_three_asks_for_confirmation() {
    let s = worker();
    let kind = SupportKind::PreEntryGuidance;
    let d = on(day(2026, 1, 20));
    let due = kind.due(&s);
    let err = check_timing(kind, &s, d, 59, due, true).expect_err("59 minutes");
    assert_eq!(err.message_key, "supports.err_guidance_hours");
    let err = check_timing(kind, &s, d, 179, due, false).expect_err("not confirmed");
    assert_eq!(
        (err.field, err.message_key),
        ("short_confirmed", "supports.err_guidance_confirm")
    );
    assert_eq!(
        check_timing(kind, &s, d, 179, due, true),
        Ok(Timing::OnTime)
    );
    assert_eq!(
        check_timing(kind, &s, d, 180, due, false),
        Ok(Timing::OnTime)
    );
}

#[test]
fn guidance_before_the_contract_is_refused_and_after_the_application_is_late() {
    let s = worker();
    let kind = SupportKind::PreEntryGuidance;
    let err = timing(kind, &s, day(2026, 1, 9), 180).expect_err("before the contract");
    assert_eq!(
        (err.field, err.message_key),
        ("delivered_on", "supports.err_before_contract")
    );
    assert_eq!(timing(kind, &s, day(2026, 1, 10), 180), Ok(Timing::OnTime));
    assert_eq!(timing(kind, &s, day(2026, 1, 31), 180), Ok(Timing::OnTime));
    // On the day of the application or later: exactly what immigration asks about.
    assert_eq!(timing(kind, &s, day(2026, 2, 1), 180), Ok(Timing::Late));
}

#[test]
fn what_happens_in_japan_cannot_come_before_the_entry() {
    let s = worker();
    for kind in [
        SupportKind::AirportPickUp,
        SupportKind::LifeOrientation,
        SupportKind::DepartureSendOff,
        SupportKind::PeriodicInterview,
    ] {
        let err = timing(kind, &s, day(2026, 4, 9), 480).expect_err("before entry");
        assert_eq!(err.message_key, "supports.err_before_entry", "{kind:?}");
    }
    // Housing may be arranged before arrival.
    assert_eq!(
        timing(SupportKind::HousingAndContracts, &s, day(2026, 3, 1), 60),
        Ok(Timing::OnTime)
    );
    // A worker whose dates are unknown cannot be checked: nothing is refused.
    let unknown = WorkerSituation::default();
    assert!(timing(SupportKind::LifeOrientation, &unknown, day(2020, 1, 1), 480).is_ok());
}

#[test]
fn the_residence_registration_is_late_after_fourteen_days_from_settling() {
    let s = worker();
    let kind = SupportKind::PublicProcedures;
    let err = timing(kind, &s, day(2026, 4, 11), 60).expect_err("before settling");
    assert_eq!(err.message_key, "supports.err_before_entry");
    assert_eq!(timing(kind, &s, day(2026, 4, 26), 60), Ok(Timing::OnTime));
    assert_eq!(timing(kind, &s, day(2026, 4, 27), 60), Ok(Timing::Late));
}

#[test]
fn an_orientation_over_days_counts_from_its_first_to_its_last_session() {
    let s = worker();
    let kind = SupportKind::LifeOrientation;
    // Began on the day of entry, finished after the week: late.
    let days = (day(2026, 4, 10), day(2026, 4, 20));
    assert_eq!(
        check_timing(kind, &s, days, 480, kind.due(&s), false),
        Ok(Timing::Late)
    );
    let early = (day(2026, 4, 9), day(2026, 4, 12));
    assert!(check_timing(kind, &s, early, 480, kind.due(&s), false).is_err());
}

#[test]
fn sessions_are_read_in_order_and_may_not_overlap() {
    let sessions = parse_sessions("2026-04-12 13:00-17:00\n2026-04-11 09:00-12:00").expect("two");
    assert_eq!(sessions[0].on, day(2026, 4, 11));
    assert_eq!(sessions.iter().map(Session::minutes).sum::<u32>(), 420);
    assert_eq!(
        sessions_text(&sessions),
        "2026-04-11 09:00-12:00\n2026-04-12 13:00-17:00"
    );
    assert_eq!(parse_sessions("  \n"), Ok(Vec::new()));
    let overlap = parse_sessions("2026-04-11 09:00-12:00\n2026-04-11 11:30-13:00");
    assert_eq!(
        overlap.map_err(|p| p.message_key),
        Err("supports.err_sessions_overlap")
    );
    // Touching is not overlapping.
    assert!(parse_sessions("2026-04-11 09:00-12:00\n2026-04-11 12:00-13:00").is_ok());
    for bad in [
        "2026-04-11",
        "2026-04-11 09:00",
        "2026-04-11 12:00-09:00",
        "2026-04-11 09:00-09:00",
        "2026-02-30 09:00-10:00",
        "11/04/2026 09:00-10:00",
        "2026-04-11 9h-10h",
    ] {
        assert_eq!(
            parse_sessions(bad).map_err(|p| p.message_key),
            Err("supports.err_sessions"),
            "{bad}"
        );
    }
    let many = (1..=21)
        .map(|d| format!("2026-05-{d:02} 09:00-10:00"))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(parse_sessions(&many).is_err(), "more than {SESSIONS_MAX}");
}
