use chrono::NaiveDate;

use super::*;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap_or(NaiveDate::MIN)
}

fn held(on: &str, mode: InterviewMode, staff: &'static str) -> PastInterview<&'static str> {
    PastInterview {
        held_on: day(on),
        mode,
        staff,
    }
}

const ALL_TICKED: Attestations = Attestations {
    faces_visible: true,
    room_shown: true,
    no_third_party: true,
    no_earphones: true,
};

#[test]
fn a_video_interview_needs_consent_every_tick_and_the_recording() {
    use OnlineInterviewProblem as P;
    let video = InterviewMode::Video;
    assert_eq!(
        check_online_interview(video, ConsentState::Given, ALL_TICKED, true),
        Ok(())
    );
    assert_eq!(
        check_online_interview(video, ConsentState::Never, ALL_TICKED, true),
        Err(P::ConsentMissing)
    );
    // A consent to the wording that did not name the recording does not cover one.
    assert_eq!(
        check_online_interview(video, ConsentState::Outdated, ALL_TICKED, true),
        Err(P::ConsentMissing)
    );
    assert_eq!(
        check_online_interview(video, ConsentState::Withdrawn, ALL_TICKED, true),
        Err(P::ConsentWithdrawn)
    );
    for missing in 0..4 {
        let mut ticks = ALL_TICKED;
        match missing {
            0 => ticks.faces_visible = false,
            1 => ticks.room_shown = false,
            2 => ticks.no_third_party = false,
            _ => ticks.no_earphones = false,
        }
        assert_eq!(
            check_online_interview(video, ConsentState::Given, ticks, true),
            Err(P::AttestationMissing),
            "tick {missing}"
        );
    }
    assert_eq!(
        check_online_interview(video, ConsentState::Given, ALL_TICKED, false),
        Err(P::RecordingMissing)
    );
    // Face to face needs none of it.
    assert_eq!(
        check_online_interview(
            InterviewMode::InPerson,
            ConsentState::Never,
            Attestations::default(),
            false
        ),
        Ok(())
    );
}

#[test]
fn the_first_interview_and_the_first_with_new_staff_are_face_to_face() {
    let past = [held("2026-01-10", InterviewMode::InPerson, "sato")];
    assert_eq!(
        face_to_face_needed::<&str>(&[], day("2026-01-10"), &"sato"),
        Some(FaceToFaceReason::First)
    );
    assert_eq!(face_to_face_needed(&past, day("2026-04-10"), &"sato"), None);
    assert_eq!(
        face_to_face_needed(&past, day("2026-04-10"), &"tanaka"),
        Some(FaceToFaceReason::StaffChanged)
    );
    // Only interviews before count: a later one recorded first changes nothing.
    let later = [held("2026-07-10", InterviewMode::InPerson, "sato")];
    assert_eq!(
        face_to_face_needed(&later, day("2026-04-10"), &"sato"),
        Some(FaceToFaceReason::First)
    );
}

#[test]
fn at_least_one_interview_in_twelve_months_is_face_to_face() {
    let past = [
        held("2025-04-10", InterviewMode::InPerson, "sato"),
        held("2025-07-10", InterviewMode::Video, "sato"),
        held("2025-10-10", InterviewMode::Video, "sato"),
        held("2026-01-10", InterviewMode::Video, "sato"),
    ];
    // 2026-04-10: the face-to-face one of 2025-04-10 is exactly 12 months back, outside.
    assert_eq!(
        face_to_face_needed(&past, day("2026-04-10"), &"sato"),
        Some(FaceToFaceReason::NoneInYear)
    );
    assert_eq!(face_to_face_needed(&past, day("2026-04-09"), &"sato"), None);
    assert_eq!(
        face_to_face_missed(InterviewMode::InPerson, &past, day("2026-04-10"), &"sato"),
        None
    );
    assert_eq!(
        face_to_face_missed(InterviewMode::Video, &past, day("2026-04-10"), &"sato"),
        Some(FaceToFaceReason::NoneInYear)
    );
}

#[test]
fn a_pasted_hash_is_64_hex_digits() {
    let hash = "A3F5".repeat(16);
    assert_eq!(
        parse_sha256(&format!(" {hash} ")),
        Some(hash.to_ascii_lowercase())
    );
    assert_eq!(parse_sha256(&hash[1..]), None);
    assert_eq!(parse_sha256(&"g".repeat(64)), None);
    assert_eq!(
        ConsentPerson::of(InterviewKind::Supervisor),
        ConsentPerson::Supervisor
    );
}
