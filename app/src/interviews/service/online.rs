//! Interviews held online: the consent asked when a video slot is booked (the worker's
//! for their own interview, the company's for its supervisor), withdrawn by the person who
//! gave it (or by staff, told by them), and what a video interview must show before it is
//! recorded (see `domain::online_interview`).

use serde_json::json;

use crate::interviews::{
    db::{SlotRow, online},
    service::{refuse, target},
};
use crate::{
    auth::{Caller, CurrentUser, client_ip},
    db::{AuditEntry, Db, Tx, write_audit},
    domain::{
        Attestations, AuditAction, BookingId, ConsentPerson, FaceToFaceReason, InterviewKind,
        InterviewMode, OnlineInterviewProblem, RECORDING_REF_MAX_CHARS, UserId, WorkerId,
        check_online_interview, face_to_face_missed, parse_sha256,
    },
    error::AppError,
    state::app_state,
};

/// Who may agree for the person an interview of `kind` is held with: the worker
/// themselves, the company for its supervisor. Staff cannot agree for anyone.
fn may_agree(caller: Caller, person: ConsentPerson) -> bool {
    matches!(
        (caller, person),
        (Caller::Worker { .. }, ConsentPerson::Worker)
            | (Caller::Company { .. }, ConsentPerson::Supervisor)
    )
}

/// A consent to record with a booking: whose, and in which language it was read.
pub struct NewConsent<'a> {
    pub person: ConsentPerson,
    pub locale: &'a str,
}

/// A video slot needs the consent of the person the interview is held with, to the
/// current wording (naming the recording): the one in force, or the one sent now
/// (`consent`, the locale it was read in, ticked by that person). Refused without.
pub async fn consent_for_booking<'a>(
    db: &Db,
    user: &CurrentUser,
    kind: InterviewKind,
    worker_id: WorkerId,
    slot: &SlotRow,
    consent: Option<&'a str>,
) -> Result<Option<NewConsent<'a>>, AppError> {
    let person = ConsentPerson::of(kind);
    if slot.mode != InterviewMode::Video.code()
        || online::current_consent(db, worker_id, person)
            .await?
            .is_some()
    {
        return Ok(None);
    }
    match consent {
        Some(locale) if may_agree(user.caller, person) && crate::locale::is_supported(locale) => {
            Ok(Some(NewConsent { person, locale }))
        }
        _ => Err(refuse("consent", "consent_missing")),
    }
}

/// Records the consent sent with a booking, with its audit row, in the booking's
/// transaction.
pub async fn give(
    tx: &mut Tx,
    user: &CurrentUser,
    worker_id: WorkerId,
    consent: &NewConsent<'_>,
) -> Result<(), AppError> {
    let id = online::give_consent(
        tx,
        user.organization_id,
        worker_id,
        consent.person,
        user.id,
        consent.locale,
    )
    .await?;
    consent_audit(
        tx,
        user,
        AuditAction::InterviewConsentGiven,
        worker_id,
        json!({ "consent_id": id, "person": consent.person.code(), "locale": consent.locale,
                "text_version": crate::domain::CONSENT_TEXT_VERSION }),
    )
    .await
}

/// Withdraws a consent: the worker their own, the company its supervisor's, staff either
/// (when the person tells them). Bookings stay; a video interview cannot be recorded
/// until the person agrees again.
pub async fn withdraw(
    user: &CurrentUser,
    person: ConsentPerson,
    worker_id: Option<WorkerId>,
) -> Result<(), AppError> {
    let kind = match person {
        ConsentPerson::Worker => InterviewKind::Worker,
        ConsentPerson::Supervisor => InterviewKind::Supervisor,
    };
    let allowed = user.caller.is_staff() || may_agree(user.caller, person);
    if !allowed {
        return Err(AppError::Forbidden);
    }
    let state = app_state()?;
    let worker = target(&state.db, user, worker_id, kind).await?;
    let mut tx = state.db.begin().await?;
    if !online::withdraw_consent(&mut tx, user.organization_id, worker.id, person, user.id).await? {
        return Err(refuse("consent", "no_consent"));
    }
    consent_audit(
        &mut tx,
        user,
        AuditAction::InterviewConsentWithdrawn,
        worker.id,
        json!({ "person": person.code() }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

async fn consent_audit(
    tx: &mut Tx,
    user: &CurrentUser,
    action: AuditAction,
    worker_id: WorkerId,
    detail: serde_json::Value,
) -> Result<(), AppError> {
    write_audit(
        tx,
        AuditEntry {
            organization_id: Some(user.organization_id),
            actor_user_id: Some(user.id),
            action,
            entity: "worker",
            entity_id: Some(worker_id.uuid()),
            detail,
            ip: client_ip(&app_state()?),
        },
    )
    .await?;
    Ok(())
}

/// A recording kept outside Shien, as staff typed it.
pub struct ElsewhereForm<'a> {
    pub reference: &'a str,
    pub sha256: &'a str,
}

/// What a record of an online interview keeps, once checked.
pub struct OnlineEvidence {
    pub consent_id: Option<uuid::Uuid>,
    pub face_to_face_missed: Option<FaceToFaceReason>,
    /// A reference and hash to keep with the record (the file is elsewhere).
    pub elsewhere: Option<(String, String)>,
}

/// The interview about to be recorded.
pub struct Held {
    pub booking_id: BookingId,
    pub worker_id: WorkerId,
    pub kind: InterviewKind,
    pub mode: InterviewMode,
    pub held_on: chrono::NaiveDate,
    pub staff_id: UserId,
}

/// Checks a video interview in the record's transaction (so a consent withdrawn a moment
/// before counts): the consent in force, every attestation, and the recording (uploaded
/// before, or named now with its hash). Works out whether it should have been face to
/// face.
pub async fn evidence(
    tx: &mut Tx,
    held: &Held,
    attestations: Attestations,
    elsewhere: &ElsewhereForm<'_>,
) -> Result<OnlineEvidence, AppError> {
    // In person, nothing of it applies: no consent, attestation or recording is read.
    if held.mode == InterviewMode::InPerson {
        return Ok(OnlineEvidence {
            consent_id: None,
            face_to_face_missed: None,
            elsewhere: None,
        });
    }
    let person = ConsentPerson::of(held.kind);
    let (consent, row) = online::consent_state(tx, held.worker_id, person).await?;
    let uploaded = online::has_recording(tx, held.booking_id).await?;
    let reference = elsewhere.reference.trim();
    let named = !reference.is_empty() || !elsewhere.sha256.trim().is_empty();
    let elsewhere = if !named {
        None
    } else if uploaded {
        return Err(refuse("recording_ref", "recording_twice"));
    } else {
        if reference.is_empty() || reference.chars().count() > RECORDING_REF_MAX_CHARS {
            return Err(refuse("recording_ref", "recording_ref"));
        }
        let sha = parse_sha256(elsewhere.sha256)
            .ok_or_else(|| refuse("recording_sha256", "recording_sha256"))?;
        Some((reference.to_owned(), sha))
    };
    check_online_interview(
        held.mode,
        consent,
        attestations,
        uploaded || elsewhere.is_some(),
    )
    .map_err(|problem| match problem {
        OnlineInterviewProblem::ConsentMissing => refuse("mode", "consent_not_given"),
        OnlineInterviewProblem::ConsentWithdrawn => refuse("mode", "consent_withdrawn"),
        OnlineInterviewProblem::AttestationMissing => refuse("attest", "attestation_missing"),
        OnlineInterviewProblem::RecordingMissing => refuse("recording", "recording_missing"),
    })?;
    let past = online::past_interviews(tx, held.worker_id, held.kind.code()).await?;
    Ok(OnlineEvidence {
        consent_id: row.map(|r| r.id),
        face_to_face_missed: face_to_face_missed(held.mode, &past, held.held_on, &held.staff_id),
        elsewhere,
    })
}
