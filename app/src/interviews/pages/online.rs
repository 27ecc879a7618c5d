//! The online side of one booking, on its staff page: the recording (stored here, to
//! download; or kept elsewhere, with its hash) and the upload while it can change; and,
//! once recorded, what was attested and whether it should have been face to face.

use leptos::prelude::*;
use leptos_i18n::{t, t_string};

use crate::interviews::{RecordView, RecordingView, form::RecordingUpload};
use crate::{
    domain::{BookingId, FaceToFaceReason, InterviewMode},
    i18n::use_i18n,
    locale::format_date_time,
    paths,
};

const MEGABYTE: f64 = 1024.0 * 1024.0;

/// The recording, and the upload form while the interview is still to record.
#[component]
pub fn RecordingCard(
    booking: BookingId,
    recording: Option<RecordingView>,
    may_upload: bool,
    max_mb: u64,
) -> impl IntoView {
    let i18n = use_i18n();
    let shown = match recording {
        Some(r) if r.stored => {
            #[expect(clippy::cast_precision_loss, reason = "a size shown to one decimal")]
            let mb = format!("{:.1}", r.size_bytes.unwrap_or(0) as f64 / MEGABYTE);
            let name = r.file_name.clone().unwrap_or_else(|| "—".into());
            view! {
                <p>{t_string!(i18n, interview.recording_stored, name = name, size = mb, date = format_date_time(r.added_at)).to_string()}</p>
                <p><a class="button secondary" href=paths::interview_recording(booking) target="_self" download="">
                    {t!(i18n, interview.recording_download)}
                </a></p>
                <p class="hint mono">{t_string!(i18n, interview.recording_hash, hash = r.sha256.clone()).to_string()}</p>
            }
            .into_any()
        }
        Some(r) => view! {
            <p>{t_string!(i18n, interview.recording_elsewhere, reference = r.external_ref.clone().unwrap_or_default()).to_string()}</p>
            <p class="hint mono">{t_string!(i18n, interview.recording_hash, hash = r.sha256.clone()).to_string()}</p>
        }
        .into_any(),
        None => view! { <p class="hint">{t!(i18n, interview.recording_none)}</p> }.into_any(),
    };
    view! {
        <section class="card stack" aria-labelledby="recording-title">
            <h2 id="recording-title">{t!(i18n, interview.recording_title)}</h2>
            {shown}
            {may_upload.then(|| view! { <RecordingUpload booking max_mb/> })}
        </section>
    }
}

/// What staff attested about a video interview, the consent it rested on, and whether it
/// should have been face to face.
#[component]
pub fn OnlineFacts(record: RecordView) -> impl IntoView {
    let i18n = use_i18n();
    if record.mode != InterviewMode::Video {
        return ().into_any();
    }
    let a = record.attestations;
    let ticks = [
        (
            a.faces_visible,
            t_string!(i18n, interview.attest_faces_visible),
        ),
        (a.room_shown, t_string!(i18n, interview.attest_room_shown)),
        (
            a.no_third_party,
            t_string!(i18n, interview.attest_no_third_party),
        ),
        (
            a.no_earphones,
            t_string!(i18n, interview.attest_no_earphones),
        ),
    ];
    let missed = record.face_to_face_missed.map(|reason| match reason {
        FaceToFaceReason::First => t_string!(i18n, dashboard.face_to_face_first),
        FaceToFaceReason::StaffChanged => t_string!(i18n, dashboard.face_to_face_staff_changed),
        FaceToFaceReason::NoneInYear => t_string!(i18n, dashboard.face_to_face_none_in_year),
    });
    view! {
        <h3>{t!(i18n, interview.online_title)}</h3>
        {record.consent_given_at.map(|at| view! {
            <p>{t_string!(i18n, interview.online_consent_on, date = format_date_time(at)).to_string()}</p>
        })}
        <ul class="list">
            {ticks.into_iter().map(|(done, label)| view! {
                <li>{if done { "✓ " } else { "✗ " }}{label}</li>
            }).collect_view()}
        </ul>
        {missed.map(|text| view! { <p class="alert">{text}</p> })}
    }
    .into_any()
}
