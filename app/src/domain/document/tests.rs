use chrono::NaiveDate;

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

#[test]
fn the_kinds_of_the_design_each_with_a_stable_code() {
    for kind in DocumentKind::ALL {
        assert_eq!(DocumentKind::from_code(kind.code()), Ok(kind));
    }
    assert!(DocumentKind::from_code("selfie").is_err());
}

#[test]
fn only_the_residence_card_has_two_sides() {
    assert_eq!(
        DocumentKind::ResidenceCard.sides(),
        [Side::Front, Side::Back]
    );
    for kind in DocumentKind::ALL
        .into_iter()
        .filter(|k| *k != DocumentKind::ResidenceCard)
    {
        assert_eq!(kind.sides(), [Side::Front], "{kind:?}");
    }
}

#[test]
fn cards_and_passports_track_expiry_and_insurance_papers_need_masking() {
    let tracked: Vec<_> = DocumentKind::ALL
        .into_iter()
        .filter(|k| k.tracks_expiry())
        .collect();
    assert_eq!(
        tracked,
        [DocumentKind::ResidenceCard, DocumentKind::Passport]
    );
    let masked: Vec<_> = DocumentKind::ALL
        .into_iter()
        .filter(|k| k.requires_masking())
        .collect();
    assert_eq!(masked, [DocumentKind::TaxPensionInsurance]);
}

#[test]
fn decisions_are_taken_once_on_a_version_waiting_for_review() {
    use DocumentAction as A;
    use DocumentStatus as S;
    assert_eq!(S::WaitingForReview.after(A::Accept), Ok(S::Accepted));
    assert_eq!(
        S::WaitingForReview.after(A::RequestResubmission),
        Ok(S::ResubmissionRequested)
    );
    assert_eq!(S::WaitingForReview.after(A::Reject), Ok(S::Rejected));
    assert_eq!(S::WaitingForReview.after(A::Withdraw), Ok(S::Withdrawn));
    for from in [
        S::Accepted,
        S::ResubmissionRequested,
        S::Rejected,
        S::Withdrawn,
    ] {
        for action in [A::Accept, A::RequestResubmission, A::Reject, A::Withdraw] {
            assert_eq!(
                from.after(action),
                Err(IllegalDocumentTransition { from, action }),
                "{from:?} + {action:?}"
            );
        }
    }
}

#[test]
fn expiry_alerts_at_three_months_and_two_weeks() {
    let today = day(2026, 11, 25);
    assert_eq!(expiry_alert(day(2027, 2, 26), today), ExpiryAlert::Fine);
    assert_eq!(
        expiry_alert(day(2027, 2, 25), today),
        ExpiryAlert::WithinThreeMonths
    );
    assert_eq!(
        expiry_alert(day(2026, 12, 10), today),
        ExpiryAlert::WithinThreeMonths
    );
    assert_eq!(
        expiry_alert(day(2026, 12, 9), today),
        ExpiryAlert::WithinTwoWeeks
    );
    assert_eq!(expiry_alert(today, today), ExpiryAlert::WithinTwoWeeks);
    assert_eq!(expiry_alert(day(2026, 11, 24), today), ExpiryAlert::Expired);
}

#[test]
fn japanese_certificates_older_than_three_months_do_not_count() {
    let today = day(2026, 11, 25);
    assert!(!certificate_too_old(day(2026, 8, 25), today));
    assert!(certificate_too_old(day(2026, 8, 24), today));
    // Month ends clamp: on 31 May, 28 Feb is still within 3 months.
    assert!(!certificate_too_old(day(2026, 2, 28), day(2026, 5, 31)));
    assert!(DocumentKind::HealthCheck.must_be_recent());
    assert!(!DocumentKind::Passport.must_be_recent());
}

#[test]
fn a_certificate_is_as_old_as_it_was_on_the_application_it_goes_with() {
    let today = day(2026, 11, 25);
    let issued = day(2026, 5, 10);
    // Applied for 2026-07-01: the certificate was 7 weeks old then, and counts.
    let applied = [Some(day(2026, 7, 1)), None];
    let reference = certificate_reference_day(issued, &applied, today);
    assert_eq!(reference, day(2026, 7, 1));
    assert!(!certificate_too_old(issued, reference));
    // Applied for 2026-09-01: 4 months after its issue, too old for that application.
    let late = [Some(day(2024, 5, 1)), Some(day(2026, 9, 1))];
    assert!(certificate_too_old(
        issued,
        certificate_reference_day(issued, &late, today)
    ));
    // Only an application before its issue (the 2024 visa): counted at acceptance, today.
    let before = [Some(day(2024, 5, 1)), None];
    assert_eq!(certificate_reference_day(issued, &before, today), today);
    // An application planned after today is not one yet.
    let planned = [Some(day(2026, 12, 20))];
    assert_eq!(certificate_reference_day(issued, &planned, today), today);
}

#[test]
fn documents_are_kept_one_year_after_the_contract_ends() {
    assert_eq!(retained_until(day(2026, 3, 31)), Some(day(2027, 3, 31)));
    assert_eq!(retained_until(day(2028, 2, 29)), Some(day(2029, 2, 28)));
    assert!(!may_purge(Some(day(2025, 11, 25)), day(2026, 11, 25)));
    assert!(may_purge(Some(day(2025, 11, 24)), day(2026, 11, 25)));
    // A worker still employed is never purged.
    assert!(!may_purge(None, day(2030, 1, 1)));
}

#[test]
fn number_tails_are_four_letters_or_digits() {
    assert_eq!(check_number_tail(" 34ab "), Some("34AB".to_owned()));
    for bad in ["", "123", "12345", "12-4", "１２３４"] {
        assert_eq!(check_number_tail(bad), None, "{bad}");
    }
}

#[test]
fn resubmission_reasons_read_back() {
    for reason in ResubmitReason::ALL {
        assert_eq!(ResubmitReason::from_code(reason.code()), Ok(reason));
    }
    assert!(ResubmitReason::from_code("ugly").is_err());
}
