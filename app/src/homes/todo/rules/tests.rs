use chrono::{NaiveDate, TimeZone, Utc};
use uuid::Uuid;

use super::worker_tasks;
use crate::{
    consultations::ConsultationItem,
    documents::{DocumentSet, DocumentVersion, KindLine},
    domain::{
        BookingId, ConsultationCategory, ConsultationId, ConsultationStatus, DocumentId,
        DocumentKind, DocumentStatus, ExpiryAlert, InterviewKind, InterviewMode, SlotId, SupportId,
        SupportKind, SupportStatus, WorkerId,
    },
    homes::todo::WorkerTask,
    interviews::{BookingStatus, BookingView, NextInterview, SlotView},
    supports::{Abilities, SupportLine, WorkerPlan},
};

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a date")
}

const TODAY: &str = "2026-11-26";

fn version(kind: DocumentKind, status: DocumentStatus) -> DocumentVersion {
    DocumentVersion {
        id: DocumentId::from_uuid(Uuid::new_v4()),
        version: 1,
        kind,
        status,
        sent_at: Utc::now(),
        sent_by: "worker".into(),
        reviewed_by: None,
        reviewed_at: None,
        reason: None,
        comment: None,
        number_tail: None,
        expires_on: None,
        issued_on: None,
        files: Vec::new(),
    }
}

fn line(kind: DocumentKind, status: Option<DocumentStatus>) -> KindLine {
    KindLine {
        kind,
        versions: status.map(|s| version(kind, s)).into_iter().collect(),
        alert: None,
        expires_on: None,
        too_old: false,
        shared: false,
    }
}

/// Every document accepted, unless `lines` says otherwise.
fn documents(lines: Vec<KindLine>) -> DocumentSet {
    let kinds = DocumentKind::ALL
        .into_iter()
        .map(|kind| {
            lines
                .iter()
                .find(|l| l.kind == kind)
                .cloned()
                .unwrap_or_else(|| line(kind, Some(DocumentStatus::Accepted)))
        })
        .collect();
    DocumentSet {
        worker_id: WorkerId::default(),
        worker_name: "NGUYEN VAN AN".into(),
        kinds,
        card_expiry: None,
        passport_expiry: None,
        today: day(TODAY),
        max_mb: 10,
        can_upload: true,
        can_review: false,
        can_share: false,
    }
}

fn interviews(due_on: Option<&str>, booked: bool) -> NextInterview {
    let starts_at = Utc
        .with_ymd_and_hms(2026, 12, 3, 1, 0, 0)
        .single()
        .expect("a time");
    let booking = booked.then(|| BookingView {
        id: BookingId::from_uuid(Uuid::new_v4()),
        version: 1,
        kind: InterviewKind::Worker,
        status: BookingStatus::Booked,
        worker_id: WorkerId::default(),
        worker_name: "NGUYEN VAN AN".into(),
        slot: SlotView {
            id: SlotId::from_uuid(Uuid::new_v4()),
            starts_at,
            ends_at: starts_at,
            mode: InterviewMode::InPerson,
            place: None,
            video_url: None,
            languages: vec!["vi".into()],
            interpreter: false,
            staff_name: "田中".into(),
        },
        cancel_reason: None,
        changeable: true,
        past_cutoff: false,
        summary: None,
    });
    NextInterview {
        due_on: due_on.map(day),
        today: day(TODAY),
        booking,
    }
}

fn support(kind: SupportKind, status: SupportStatus) -> SupportLine {
    SupportLine {
        id: SupportId::from_uuid(Uuid::new_v4()),
        kind: Some(kind),
        title: None,
        status,
        due_on: None,
        version: 1,
        reason: None,
        not_delivered_on: None,
        delivery_id: None,
        delivered_on: None,
        duration_minutes: None,
        delivered_by: None,
        language: None,
        interpreter: None,
        mode: None,
        place: None,
        content: None,
        internal_note: None,
        sessions: None,
        late: false,
        acknowledged: None,
        confirmed: None,
        sent_back_comment: None,
    }
}

fn plan(lines: Vec<SupportLine>) -> WorkerPlan {
    WorkerPlan {
        deliveries: Vec::new(),
        worker_id: WorkerId::default(),
        worker_name: "NGUYEN VAN AN".into(),
        company_name: "あおぞら会".into(),
        nationality: "VN".into(),
        entry_date: None,
        organization_name: "さくら支援".into(),
        can: Abilities::default(),
        lines,
    }
}

fn consultation(unread: bool) -> ConsultationItem {
    ConsultationItem {
        about_record: false,
        id: ConsultationId::from_uuid(Uuid::new_v4()),
        category: ConsultationCategory::Wages,
        urgent: false,
        status: ConsultationStatus::Answered,
        opened_at: Utc::now(),
        last_message_at: Utc::now(),
        worker: None,
        assigned_to: None,
        unread,
    }
}

#[test]
fn a_worker_with_everything_done_has_nothing_to_do() {
    let tasks = worker_tasks(
        &documents(Vec::new()),
        &interviews(None, false),
        &plan(vec![support(
            SupportKind::LifeOrientation,
            SupportStatus::Confirmed,
        )]),
        &[consultation(false)],
    );
    assert_eq!(tasks, []);
}

#[test]
fn documents_never_sent_and_sent_back_become_tasks_but_not_those_in_review() {
    use DocumentKind as K;
    use DocumentStatus as S;
    let tasks = worker_tasks(
        &documents(vec![
            line(K::Passport, None),
            line(K::HealthCheck, Some(S::ResubmissionRequested)),
            line(K::BankAccount, Some(S::Rejected)),
            line(K::EmploymentContract, Some(S::Withdrawn)),
            line(K::TaxPensionInsurance, Some(S::WaitingForReview)),
        ]),
        &interviews(None, false),
        &plan(Vec::new()),
        &[],
    );
    assert_eq!(
        tasks,
        [
            WorkerTask::SendAgain {
                document: K::EmploymentContract
            },
            WorkerTask::SendAgain {
                document: K::HealthCheck
            },
            WorkerTask::SendAgain {
                document: K::BankAccount
            },
            WorkerTask::Send {
                document: K::Passport
            },
        ]
    );
    assert_eq!(tasks[3].href(), "/me/documents/passport");
}

#[test]
fn an_expiring_card_comes_first_when_urgent_and_replaces_its_send_line() {
    let mut card = line(
        DocumentKind::ResidenceCard,
        Some(DocumentStatus::ResubmissionRequested),
    );
    card.alert = Some(ExpiryAlert::WithinTwoWeeks);
    card.expires_on = Some(day("2026-12-05"));
    let mut passport = line(DocumentKind::Passport, Some(DocumentStatus::Accepted));
    passport.alert = Some(ExpiryAlert::WithinThreeMonths);
    passport.expires_on = Some(day("2027-02-01"));
    let tasks = worker_tasks(
        &documents(vec![card, passport]),
        &interviews(Some("2027-02-20"), false),
        &plan(Vec::new()),
        &[],
    );
    assert_eq!(
        tasks,
        [
            WorkerTask::Renew {
                document: DocumentKind::ResidenceCard,
                expires_on: day("2026-12-05"),
                alert: ExpiryAlert::WithinTwoWeeks,
            },
            WorkerTask::Renew {
                document: DocumentKind::Passport,
                expires_on: day("2027-02-01"),
                alert: ExpiryAlert::WithinThreeMonths,
            },
            WorkerTask::BookInterview {
                due_on: day("2027-02-20"),
                urgent: false,
            },
        ]
    );
    assert_eq!(tasks[0].href(), "/me/documents/residence_card");
}

#[test]
fn a_new_card_waiting_for_review_silences_the_expiry() {
    let mut card = line(
        DocumentKind::ResidenceCard,
        Some(DocumentStatus::WaitingForReview),
    );
    card.alert = Some(ExpiryAlert::Expired);
    card.expires_on = Some(day("2026-11-01"));
    let tasks = worker_tasks(
        &documents(vec![card]),
        &interviews(None, false),
        &plan(Vec::new()),
        &[],
    );
    assert_eq!(tasks, []);
}

#[test]
fn the_interview_is_its_booking_or_else_its_due_date_urgent_within_two_weeks() {
    let booked = worker_tasks(
        &documents(Vec::new()),
        &interviews(Some("2026-12-01"), true),
        &plan(Vec::new()),
        &[],
    );
    assert!(matches!(booked.as_slice(), [WorkerTask::Interview { .. }]));
    assert_eq!(booked[0].href(), "/me/interviews");
    for (due, urgent) in [
        ("2026-12-10", true),
        ("2026-12-11", false),
        ("2026-11-01", true),
    ] {
        let tasks = worker_tasks(
            &documents(Vec::new()),
            &interviews(Some(due), false),
            &plan(Vec::new()),
            &[],
        );
        assert_eq!(
            tasks,
            [WorkerTask::BookInterview {
                due_on: day(due),
                urgent
            }],
            "{due}"
        );
    }
}

#[test]
fn only_delivered_guidance_waits_for_the_worker() {
    use SupportKind as K;
    use SupportStatus as S;
    let waiting = support(K::LifeOrientation, S::Done);
    let reopened = support(K::PreEntryGuidance, S::Reopened);
    let tasks = worker_tasks(
        &documents(Vec::new()),
        &interviews(None, false),
        &plan(vec![
            support(K::PreEntryGuidance, S::Planned),
            waiting.clone(),
            support(K::HousingAndContracts, S::Done),
            support(K::LifeOrientation, S::Acknowledged),
            reopened.clone(),
        ]),
        &[],
    );
    assert_eq!(
        tasks,
        [
            WorkerTask::Acknowledge {
                support: waiting.id,
                kind: K::LifeOrientation
            },
            WorkerTask::Acknowledge {
                support: reopened.id,
                kind: K::PreEntryGuidance
            },
        ]
    );
    assert_eq!(tasks[0].href(), format!("/supports/{}", waiting.id));
}

#[test]
fn unread_replies_lead_and_open_their_thread() {
    let read = consultation(false);
    let unread = consultation(true);
    let tasks = worker_tasks(
        &documents(vec![line(DocumentKind::Passport, None)]),
        &interviews(None, false),
        &plan(Vec::new()),
        &[read, unread.clone()],
    );
    assert_eq!(
        tasks,
        [
            WorkerTask::ReadReply {
                consultation: unread.id,
                category: ConsultationCategory::Wages
            },
            WorkerTask::Send {
                document: DocumentKind::Passport
            },
        ]
    );
    assert_eq!(tasks[0].href(), format!("/me/consultations/{}", unread.id));
}
