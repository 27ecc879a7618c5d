//! The record of a held interview, with the items of the official reports: 参考様式 5-5
//! (with the worker) and 5-6 (with the supervisor).

use chrono::{DateTime, Utc};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};

use crate::interviews::{
    BookingView, RecordInterview,
    labels::{mode_name, tokyo_day, topic_name},
};
use crate::{
    domain::{BookingId, InterviewMode, InterviewTopic, RECORD_TEXT_MAX_CHARS},
    i18n::use_i18n,
    locale::format_date_time,
    paths,
};

#[component]
pub fn RecordForm(
    booking: BookingView,
    /// The consent in force of the person the interview is held with.
    consent_given_at: Option<DateTime<Utc>>,
    /// A recording is uploaded already.
    has_recording: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let returned = crate::layout::returned_fields();
    let kept = move |name: &str| returned.text(name);
    let held_on = Some(kept("held_on"))
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| tokyo_day(&booking.slot).to_string());
    let max = RECORD_TEXT_MAX_CHARS.to_string();
    view! {
        <section class="card stack" aria-labelledby="record-form-title">
            <h2 id="record-form-title">{t!(i18n, interview.record_title)}</h2>
            <form method="post" action=RecordInterview::url() class="stack" data-reload="true">
                <input type="hidden" name="id" value=booking.id.to_string()/>
                <input type="hidden" name="version" value=booking.version.to_string()/>
                <label for="held_on">{t!(i18n, interview.held_on)}</label>
                <input id="held_on" name="held_on" type="date" required value=held_on/>
                <fieldset>
                    <legend>{t!(i18n, interview.mode)}</legend>
                    {InterviewMode::ALL.into_iter().map(|m| view! {
                        <label class="check">
                            <input type="radio" name="mode" value=m.code() checked=m == booking.slot.mode/>
                            <span>{mode_name(i18n, m)}</span>
                        </label>
                    }).collect_view()}
                </fieldset>
                <OnlineChecks consent_given_at has_recording/>
                <label for="attendees">{t!(i18n, interview.attendees)}</label>
                <textarea id="attendees" name="attendees" rows="2" required maxlength=max.clone()>{kept("attendees")}</textarea>
                <label for="interpreter">{t!(i18n, interview.interpreter_name)}</label>
                <input id="interpreter" name="interpreter" maxlength="200" value=kept("interpreter")/>
                <fieldset>
                    <legend>{t!(i18n, interview.topics)}</legend>
                    {InterviewTopic::ALL.into_iter().map(|topic| view! {
                        <label class="check">
                            <input type="checkbox" name=format!("topics[{}]", topic.code()) value="on"/>
                            <span>{topic_name(i18n, topic)}</span>
                        </label>
                    }).collect_view()}
                </fieldset>
                <label for="problems">{t!(i18n, interview.problems)}</label>
                <textarea id="problems" name="problems" rows="3" maxlength=max.clone()>{kept("problems")}</textarea>
                <label for="action_taken">{t!(i18n, interview.action_taken)}</label>
                <textarea id="action_taken" name="action_taken" rows="3" maxlength=max.clone()>{kept("action_taken")}</textarea>
                <label for="summary">{t!(i18n, interview.summary)}</label>
                <p class="hint">{t!(i18n, interview.summary_hint)}</p>
                <textarea id="summary" name="summary" rows="3" required maxlength=max>{kept("summary")}</textarea>
                <label class="check">
                    <input type="checkbox" name="report_labour_office" value="on"/>
                    <span>{t!(i18n, interview.report_labour_office)}</span>
                </label>
                <label class="check">
                    <input type="checkbox" name="report_immigration" value="on"/>
                    <span>{t!(i18n, interview.report_immigration)}</span>
                </label>
                <button type="submit" class="button">{t!(i18n, interview.record)}</button>
            </form>
        </section>
    }
}

/// What a video interview needs: the consent it rests on, a tick for each check, and the
/// recording (uploaded above, or where the organization keeps it with its SHA-256).
#[component]
fn OnlineChecks(consent_given_at: Option<DateTime<Utc>>, has_recording: bool) -> impl IntoView {
    let i18n = use_i18n();
    let returned = crate::layout::returned_fields();
    let kept = move |name: &str| returned.text(name);
    let consent = match consent_given_at {
        Some(at) => view! {
            <p class="hint">{t_string!(i18n, interview.online_consent_on, date = format_date_time(at)).to_string()}</p>
        }
        .into_any(),
        None => view! { <p class="alert">{t!(i18n, interview.online_no_consent)}</p> }.into_any(),
    };
    let ticks = [
        (
            "faces_visible",
            t_string!(i18n, interview.attest_faces_visible),
        ),
        ("room_shown", t_string!(i18n, interview.attest_room_shown)),
        (
            "no_third_party",
            t_string!(i18n, interview.attest_no_third_party),
        ),
        (
            "no_earphones",
            t_string!(i18n, interview.attest_no_earphones),
        ),
    ];
    view! {
        <fieldset class="stack">
            <legend>{t!(i18n, interview.online_title)}</legend>
            <p class="hint">{t!(i18n, interview.online_hint)}</p>
            {consent}
            {ticks.into_iter().map(|(code, label)| view! {
                <label class="check">
                    <input type="checkbox" name=format!("attest[{code}]") value="on"/>
                    <span>{label}</span>
                </label>
            }).collect_view()}
            {(!has_recording).then(|| view! {
                <label for="recording_ref">{t!(i18n, interview.recording_ref)}</label>
                <input id="recording_ref" name="recording_ref" maxlength="500" value=kept("recording_ref")/>
                <label for="recording_sha256">{t!(i18n, interview.recording_sha256)}</label>
                <input id="recording_sha256" name="recording_sha256" maxlength="80" autocomplete="off"
                    spellcheck="false" value=kept("recording_sha256")/>
            })}
        </fieldset>
    }
}

/// The recording of a video interview, uploaded before the record is written: a plain
/// multipart form (a phone or a desk browser shows its own progress), streamed in.
#[component]
pub fn RecordingUpload(booking: BookingId, max_mb: u64) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <form method="post" action=paths::interview_recording(booking) enctype="multipart/form-data"
            class="stack" aria-labelledby="recording-upload-title">
            <h3 id="recording-upload-title">{t!(i18n, interview.recording_upload)}</h3>
            <label for="recording">{t_string!(i18n, interview.recording_file, mb = max_mb).to_string()}</label>
            <input id="recording" name="recording" type="file" accept="video/*,audio/*" required/>
            <button type="submit" class="button secondary">{t!(i18n, interview.recording_send)}</button>
        </form>
    }
}
