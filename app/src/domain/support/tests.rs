use chrono::NaiveDate;

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn from_abroad() -> WorkerSituation {
    WorkerSituation {
        contract_signed: Some(day(2026, 1, 10)),
        visa_application: Some(day(2026, 2, 1)),
        entry_or_change: Some(day(2026, 4, 10)),
        ..WorkerSituation::default()
    }
}

#[test]
fn the_catalogue_has_the_ten_supports_in_the_laws_order() {
    let numbers: Vec<u8> = SupportKind::ALL.iter().map(|k| k.number()).collect();
    assert_eq!(numbers, (1..=10).collect::<Vec<u8>>());
    let mut codes: Vec<&str> = SupportKind::ALL.iter().map(|k| k.code()).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), 10);
}

#[test]
fn pre_entry_guidance_is_due_before_the_visa_application() {
    assert_eq!(
        SupportKind::PreEntryGuidance.due(&from_abroad()),
        Some(day(2026, 1, 31))
    );
    let unknown = WorkerSituation::default();
    assert_eq!(SupportKind::PreEntryGuidance.due(&unknown), None);
}

#[test]
fn pick_up_and_housing_are_due_on_entry() {
    let s = from_abroad();
    assert_eq!(SupportKind::AirportTransfer.due(&s), Some(day(2026, 4, 10)));
    assert_eq!(
        SupportKind::HousingAndContracts.due(&s),
        Some(day(2026, 4, 10))
    );
}

#[test]
fn orientation_follows_entry_without_delay() {
    assert_eq!(
        SupportKind::LifeOrientation.due(&from_abroad()),
        Some(day(2026, 4, 17))
    );
}

#[test]
fn residence_registration_is_due_within_14_days_of_settling() {
    let mut s = from_abroad();
    assert_eq!(
        SupportKind::PublicProcedures.due(&s),
        Some(day(2026, 4, 24))
    );
    s.settled = Some(day(2026, 4, 20));
    assert_eq!(SupportKind::PublicProcedures.due(&s), Some(day(2026, 5, 4)));
}

#[test]
fn ongoing_supports_have_no_due_day() {
    for kind in [
        SupportKind::JapaneseLearning,
        SupportKind::Consultation,
        SupportKind::ExchangeWithJapanese,
    ] {
        assert_eq!(kind.due(&from_abroad()), None, "{kind:?}");
    }
}

#[test]
fn interviews_come_every_three_months() {
    let mut s = from_abroad();
    assert_eq!(
        SupportKind::PeriodicInterview.due(&s),
        Some(day(2026, 7, 10))
    );
    s.last_interview = Some(day(2026, 11, 30));
    assert_eq!(
        SupportKind::PeriodicInterview.due(&s),
        Some(day(2027, 2, 28))
    );
}

#[test]
fn no_pick_up_for_a_change_of_status_inside_japan() {
    let s = WorkerSituation {
        changed_status_in_japan: true,
        ..from_abroad()
    };
    assert_eq!(
        SupportKind::AirportTransfer.applies(&s),
        Err(NotApplicableBecause::ChangedStatusInJapan)
    );
    assert_eq!(SupportKind::LifeOrientation.applies(&s), Ok(()));
}

#[test]
fn job_change_support_only_when_employment_ended_not_by_the_worker() {
    let mut s = from_abroad();
    assert_eq!(
        SupportKind::JobChange.applies(&s),
        Err(NotApplicableBecause::EmploymentContinues)
    );
    s.employment_ended_not_own_fault = Some(day(2026, 9, 30));
    assert_eq!(SupportKind::JobChange.applies(&s), Ok(()));
    assert_eq!(SupportKind::JobChange.due(&s), Some(day(2026, 9, 30)));
}

#[test]
fn orientation_goes_done_acknowledged_confirmed() {
    use SupportAction as A;
    use SupportStatus as S;
    let kind = SupportKind::LifeOrientation;
    let done = S::Planned.after(A::RecordDone, kind);
    assert_eq!(done, Ok(S::Done));
    // The company cannot confirm before the worker has acknowledged.
    assert!(S::Done.after(A::Confirm, kind).is_err());
    assert_eq!(S::Done.after(A::Acknowledge, kind), Ok(S::Acknowledged));
    assert_eq!(S::Acknowledged.after(A::Confirm, kind), Ok(S::Confirmed));
    // A correction reopens it for both confirmations.
    assert_eq!(S::Confirmed.after(A::Correct, kind), Ok(S::Reopened));
    assert_eq!(S::Reopened.after(A::Acknowledge, kind), Ok(S::Acknowledged));
}

#[test]
fn supports_without_acknowledgement_go_straight_to_the_company() {
    use SupportAction as A;
    use SupportStatus as S;
    let kind = SupportKind::HousingAndContracts;
    assert_eq!(S::Done.after(A::Confirm, kind), Ok(S::Confirmed));
    assert!(S::Done.after(A::Acknowledge, kind).is_err());
    assert_eq!(S::Done.after(A::SendBack, kind), Ok(S::Reopened));
}

#[test]
fn illegal_transitions_are_refused() {
    use SupportAction as A;
    use SupportStatus as S;
    let kind = SupportKind::LifeOrientation;
    for (from, action) in [
        (S::Planned, A::Confirm),
        (S::Planned, A::Acknowledge),
        (S::Planned, A::Correct),
        (S::Confirmed, A::Confirm),
        (S::Confirmed, A::RecordDone),
        (S::NotApplicable, A::Confirm),
        (S::Done, A::MarkNotApplicable),
        (S::Done, A::RecordDone),
    ] {
        assert_eq!(
            from.after(action, kind),
            Err(IllegalTransition { from, action }),
            "{from:?} + {action:?}"
        );
    }
    assert_eq!(S::NotApplicable.after(A::Replan, kind), Ok(S::Planned));
}

#[test]
fn a_held_periodic_interview_is_planned_again_from_any_status() {
    use SupportAction as A;
    use SupportStatus as S;
    let kind = SupportKind::PeriodicInterview;
    for from in S::ALL {
        assert_eq!(from.after(A::HoldAgain, kind), Ok(S::Planned), "{from:?}");
    }
}

#[test]
fn voluntary_supports_need_only_the_company() {
    use SupportAction as A;
    use SupportStatus as S;
    assert_eq!(S::Done.after_for(A::Confirm, false), Ok(S::Confirmed));
    assert!(S::Done.after_for(A::Acknowledge, false).is_err());
    assert!(S::Done.awaits_company(false));
    assert!(!S::Done.awaits_worker(false));
}

#[test]
fn who_is_waiting_follows_the_status_machine() {
    use SupportStatus as S;
    let orientation = SupportKind::LifeOrientation.needs_worker_acknowledgement();
    assert!(S::Done.awaits_worker(orientation) && !S::Done.awaits_company(orientation));
    assert!(S::Acknowledged.awaits_company(orientation));
    assert!(S::Reopened.awaits_worker(orientation));
    for settled in [S::Planned, S::Confirmed, S::NotApplicable] {
        assert!(!settled.awaits_worker(orientation) && !settled.awaits_company(orientation));
    }
    // Only planned supports count as due on the dashboard.
    let open: Vec<S> = S::ALL.into_iter().filter(|s| s.is_open()).collect();
    assert_eq!(open, [S::Planned]);
}

#[test]
fn stored_codes_read_back_and_unknown_ones_are_errors() {
    for status in SupportStatus::ALL {
        assert_eq!(SupportStatus::from_code(status.code()), Ok(status));
    }
    for kind in SupportKind::ALL {
        assert_eq!(SupportKind::from_code(kind.code()), Ok(kind));
    }
    assert!(SupportStatus::from_code("finished").is_err());
    assert!(SupportKind::from_code("voluntary").is_err());
}
