//! The periodic interview held online (定期面談のオンライン実施), as the operating guidelines
//! allow it since the 2025 revision (特定技能運用要領, 別冊「1号特定技能外国人支援に関する
//! 運用要領」, 定期的な面談): only by video with the face visible (audio alone is not
//! enough), with the person's consent, nobody else in the room, the whole interview
//! recorded and the recording kept until at least one year after the employment contract
//! ends; and face to face for the first interview, for the first after the staff member
//! changed, and at least once a year.
//!
//! Where the guidelines leave a detail open, the reading here is written beside the rule.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{InterviewKind, InterviewMode, enum_codes};

/// The wording of the consent. Version 2 names the recording and how long it is kept, and
/// says the consent can be withdrawn; a consent given to version 1 (before the recording
/// was named) does not cover a recorded interview and is asked again.
pub const CONSENT_TEXT_VERSION: i32 = 2;

/// Whose consent: the worker's for their own interview, the supervisor's for the
/// interview with the supervisor (the company gives it for its supervisor).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentPerson {
    Worker,
    Supervisor,
}

enum_codes!(ConsentPerson, "consent person", {
    Worker => "worker",
    Supervisor => "supervisor",
});

impl ConsentPerson {
    /// The person an interview of `kind` is held with.
    pub fn of(kind: InterviewKind) -> Self {
        match kind {
            InterviewKind::Worker => Self::Worker,
            InterviewKind::Supervisor => Self::Supervisor,
        }
    }
}

/// What staff confirm about a video interview, one tick each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attestations {
    /// The person's face was visible the whole time.
    pub faces_visible: bool,
    /// The person showed the room around them.
    pub room_shown: bool,
    /// Nobody else was in the room (the employer above all).
    pub no_third_party: bool,
    /// No earphones: nobody could prompt the answers unheard. The guidelines do not name
    /// earphones; they are the usual way to check "no third party" when the room cannot
    /// be seen whole, so the reports of support organizations ask for it too.
    pub no_earphones: bool,
}

impl Attestations {
    pub fn all(self) -> bool {
        self.faces_visible && self.room_shown && self.no_third_party && self.no_earphones
    }
}

/// The person's consent as it stands when an interview is recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsentState {
    /// Given to the current wording and not withdrawn.
    Given,
    /// Given to an earlier wording that did not name the recording.
    Outdated,
    /// Given once, then withdrawn.
    Withdrawn,
    Never,
}

/// Why a video interview cannot be recorded as held online.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnlineInterviewProblem {
    ConsentMissing,
    ConsentWithdrawn,
    AttestationMissing,
    RecordingMissing,
}

/// Checks what a video interview needs before it is recorded: the person's consent to
/// the current wording, every attestation ticked, and the recording (uploaded or its
/// reference). An interview in person needs none of it.
pub fn check_online_interview(
    mode: InterviewMode,
    consent: ConsentState,
    attestations: Attestations,
    has_recording: bool,
) -> Result<(), OnlineInterviewProblem> {
    if mode == InterviewMode::InPerson {
        return Ok(());
    }
    match consent {
        ConsentState::Given => {}
        ConsentState::Withdrawn => return Err(OnlineInterviewProblem::ConsentWithdrawn),
        ConsentState::Outdated | ConsentState::Never => {
            return Err(OnlineInterviewProblem::ConsentMissing);
        }
    }
    if !attestations.all() {
        return Err(OnlineInterviewProblem::AttestationMissing);
    }
    if !has_recording {
        return Err(OnlineInterviewProblem::RecordingMissing);
    }
    Ok(())
}

/// Why an interview should have been held face to face.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FaceToFaceReason {
    /// The first periodic interview with this person.
    First,
    /// The first after the staff member holding the interviews changed.
    StaffChanged,
    /// None of the interviews of the 12 months before was face to face.
    NoneInYear,
}

enum_codes!(FaceToFaceReason, "face-to-face reason", {
    First => "first",
    StaffChanged => "staff_changed",
    NoneInYear => "none_in_year",
});

/// An interview held before, as the rule reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PastInterview<S> {
    pub held_on: NaiveDate,
    pub mode: InterviewMode,
    /// Who held it.
    pub staff: S,
}

/// Whether an interview held on `held_on` by `staff` had to be face to face, given the
/// interviews of the same kind held before it (any order): the first, the first after
/// the staff member changed, or one that would leave 12 months (counted back from
/// `held_on`, the day itself excluded) without a face-to-face interview. The staff member
/// is the one who held the interview: the guidelines speak of the 支援担当者, and the
/// person holding the periodic interview is that staff member for it.
pub fn face_to_face_needed<S: PartialEq>(
    past: &[PastInterview<S>],
    held_on: NaiveDate,
    staff: &S,
) -> Option<FaceToFaceReason> {
    let before: Vec<&PastInterview<S>> = past.iter().filter(|p| p.held_on < held_on).collect();
    let Some(latest) = before.iter().max_by_key(|p| p.held_on) else {
        return Some(FaceToFaceReason::First);
    };
    if latest.staff != *staff {
        return Some(FaceToFaceReason::StaffChanged);
    }
    let year_ago = held_on.checked_sub_months(Months::new(12))?;
    let face_to_face_in_year = before
        .iter()
        .any(|p| p.mode == InterviewMode::InPerson && p.held_on > year_ago);
    (!face_to_face_in_year).then_some(FaceToFaceReason::NoneInYear)
}

/// A video interview that should have been face to face, and why; `None` for an
/// interview in person or a video interview the rule allowed.
pub fn face_to_face_missed<S: PartialEq>(
    mode: InterviewMode,
    past: &[PastInterview<S>],
    held_on: NaiveDate,
    staff: &S,
) -> Option<FaceToFaceReason> {
    match mode {
        InterviewMode::InPerson => None,
        InterviewMode::Video => face_to_face_needed(past, held_on, staff),
    }
}

/// The longest reference to a recording kept elsewhere (a path or an address).
pub const RECORDING_REF_MAX_CHARS: usize = 500;

/// A SHA-256 as staff paste it: 64 hexadecimal digits, spaces around ignored; lower case.
pub fn parse_sha256(text: &str) -> Option<String> {
    let text = text.trim();
    (text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| text.to_ascii_lowercase())
}

#[cfg(test)]
mod tests;
