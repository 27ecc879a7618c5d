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
    let mut numbers: Vec<u8> = SupportKind::ALL.iter().map(|k| k.number()).collect();
    assert!(numbers.is_sorted());
    numbers.dedup();
    assert_eq!(numbers, (1..=10).collect::<Vec<u8>>());
    let mut codes: Vec<&str> = SupportKind::ALL.iter().map(|k| k.code()).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), SupportKind::ALL.len());
}

#[test]
fn support_two_is_a_pick_up_and_a_send_off() {
    let two: Vec<SupportKind> = SupportKind::ALL
        .into_iter()
        .filter(|k| k.number() == 2)
        .collect();
    assert_eq!(
        two,
        [SupportKind::AirportPickUp, SupportKind::DepartureSendOff]
    );
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
    assert_eq!(SupportKind::AirportPickUp.due(&s), Some(day(2026, 4, 10)));
    // The send-off waits for a final departure nobody knows the day of.
    assert_eq!(SupportKind::DepartureSendOff.due(&s), None);
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
fn no_pick_up_for_a_change_of_status_inside_japan_but_a_send_off_all_the_same() {
    let s = WorkerSituation {
        changed_status_in_japan: true,
        ..from_abroad()
    };
    assert_eq!(
        SupportKind::AirportPickUp.applies(&s),
        Err(NotApplicableBecause::ChangedStatusInJapan)
    );
    assert_eq!(SupportKind::DepartureSendOff.applies(&s), Ok(()));
    assert_eq!(SupportKind::LifeOrientation.applies(&s), Ok(()));
}

#[test]
fn a_worker_without_dates_lacks_them_only_for_the_dated_supports() {
    let none = WorkerSituation::default();
    let lacking: Vec<SupportKind> = SupportKind::ALL
        .into_iter()
        .filter(|k| k.lacks_dates(&none))
        .collect();
    assert_eq!(
        lacking,
        [
            SupportKind::PreEntryGuidance,
            SupportKind::AirportPickUp,
            SupportKind::HousingAndContracts,
            SupportKind::LifeOrientation,
            SupportKind::PublicProcedures,
            SupportKind::PeriodicInterview,
        ]
    );
    assert!(
        SupportKind::ALL
            .iter()
            .all(|k| !k.lacks_dates(&from_abroad()))
    );
}

#[test]
fn only_the_recurring_supports_are_given_again() {
    use SupportAction as A;
    use SupportStatus as S;
    for kind in SupportKind::ALL {
        let again = S::Confirmed.after(A::RecordAgain, kind);
        if kind.recurs() {
            assert_eq!(again, Ok(S::Done), "{kind:?}");
        } else {
            assert!(again.is_err(), "{kind:?}");
        }
    }
    // Nothing to give again before a first delivery.
    assert!(
        S::Planned
            .after(A::RecordAgain, SupportKind::HousingAndContracts)
            .is_err()
    );
    // Voluntary supports may recur.
    assert_eq!(
        S::Acknowledged.after_for(A::RecordAgain, false),
        Ok(S::Done)
    );
}

#[test]
fn not_delivered_is_its_own_status_and_can_be_planned_again() {
    use SupportAction as A;
    use SupportStatus as S;
    let kind = SupportKind::LifeOrientation;
    assert_eq!(
        S::Planned.after(A::MarkNotDelivered, kind),
        Ok(S::NotDelivered)
    );
    assert_ne!(S::NotDelivered, S::NotApplicable);
    assert!(!S::NotDelivered.is_open());
    assert!(S::Done.after(A::MarkNotDelivered, kind).is_err());
    assert!(S::NotDelivered.after(A::Confirm, kind).is_err());
    assert_eq!(S::NotDelivered.after(A::Replan, kind), Ok(S::Planned));
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
    for settled in [S::Planned, S::Confirmed, S::NotApplicable, S::NotDelivered] {
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

#[test]
fn a_move_makes_the_registration_due_again_in_fourteen_days() {
    use SupportAction as A;
    use SupportStatus as S;
    assert_eq!(
        registration_due_after_move(day(2026, 6, 20)),
        Some(day(2026, 7, 4))
    );
    let kind = SupportKind::PublicProcedures;
    for from in [
        S::Planned,
        S::Done,
        S::Confirmed,
        S::NotDelivered,
        S::Reopened,
    ] {
        assert_eq!(from.after(A::DueAgain, kind), Ok(S::Planned), "{from:?}");
    }
    assert!(S::NotApplicable.after(A::DueAgain, kind).is_err());
}
