//! Pieces the interview pages share: the outcome of the last form, the free slots to
//! choose from (`slot_chooser`), a consent to online interviews (`consent`), a booking as
//! a card, past interviews.

pub(super) mod consent;
pub(super) mod slot_chooser;

pub use consent::ConsentState;
pub use slot_chooser::{Choose, SlotChooser};

use chrono::NaiveDate;
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::components::A;

use super::{
    BookingStatus, BookingView, CancelInterview,
    labels::{
        error_message, kind_name, language_names, mode_name, saved_message, status_name, when,
    },
};
use crate::{
    domain::{InterviewMode, WorkerId, starts_after_due},
    i18n::use_i18n,
    layout::FormOutcome,
    paths,
};

/// The outcome of the last form post, in this feature's words.
#[component]
pub fn Outcome() -> impl IntoView {
    view! { <FormOutcome saved=saved_message error=error_message/> }
}

/// `In person · Head office · 日本語, Tiếng Việt · Interpreter available`.
pub(super) fn slot_details(
    i18n: super::labels::I18n,
    mode: &InterviewMode,
    place: Option<&str>,
    languages: &[String],
    interpreter: bool,
) -> String {
    let mut parts = vec![mode_name(i18n, *mode)];
    parts.extend(place.map(str::to_owned));
    let names = language_names(languages);
    if !names.is_empty() {
        parts.push(names);
    }
    if interpreter {
        parts.push(t_string!(i18n, interview.interpreter).to_string());
    }
    parts.join(" · ")
}

/// A booking: when, how, where, with whom; that it is late, when it starts after its due
/// date; the calendar file and, while it may still change, the cancel form.
#[component]
pub fn BookingCard(
    booking: BookingView,
    /// Set on the staff and company page: forms come back there.
    worker_id: Option<WorkerId>,
    cutoff_hours: u32,
    /// The due date of the booked interview's kind.
    due_on: Option<NaiveDate>,
    #[prop(optional)] show_kind: bool,
    /// Staff get a link to the booking's page (record, no-show).
    #[prop(optional)]
    staff_link: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let slot = booking.slot.clone();
    let details = slot_details(
        i18n,
        &slot.mode,
        slot.place.as_deref(),
        &slot.languages,
        slot.interpreter,
    );
    let live = booking.status == BookingStatus::Booked;
    let late = due_on
        .filter(|due| live && starts_after_due(*due, slot.starts_at))
        .map(|due| t_string!(i18n, interview.late, date = due.to_string()).to_string());
    let title = if show_kind {
        kind_name(i18n, booking.kind)
    } else {
        t_string!(i18n, interview.booked_title).to_string()
    };
    let label = title.clone();
    view! {
        <section class="card stack booking" aria-label=label>
            <h2>{title}</h2>
            <p class="when">{when(i18n, &slot)}</p>
            {late.map(|text| view! { <div class="alert" role="alert"><p>{text}</p></div> })}
            <p>{details}</p>
            {(!slot.staff_name.is_empty()).then(|| view! {
                <p>{t_string!(i18n, interview.with_staff, name = slot.staff_name.clone()).to_string()}</p>
            })}
            {slot.video_url.clone().map(|url| view! {
                <p><a href=url.clone() rel="noopener" target="_blank">{t!(i18n, interview.video_link)}</a></p>
            })}
            {staff_link.then(|| view! {
                <p><A href=paths::staff_interview(booking.id)>{t!(i18n, interview.open_record)}</A></p>
            })}
            {live.then(|| view! {
                <p><a class="button secondary" href=paths::interview_calendar(booking.id) download="interview.ics">{t!(i18n, interview.add_to_calendar)}</a></p>
            })}
            {booking.past_cutoff.then(|| view! {
                <p class="hint">{t!(i18n, interview.too_late_to_change)}</p>
            })}
            {booking.changeable.then(|| view! {
                <p class="hint">{t_string!(i18n, interview.change_until, hours = cutoff_hours).to_string()}</p>
                <details class="cancel">
                    <summary>{t!(i18n, interview.cancel_title)}</summary>
                    <form method="post" action=CancelInterview::url() class="stack" data-reload="true">
                        <input type="hidden" name="id" value=booking.id.to_string()/>
                        <input type="hidden" name="version" value=booking.version.to_string()/>
                        {worker_id.map(|id| view! { <input type="hidden" name="worker_id" value=id.to_string()/> })}
                        <label for=format!("reason-{}", booking.id)>{t!(i18n, interview.cancel_reason)}</label>
                        <textarea id=format!("reason-{}", booking.id) name="reason" required maxlength="500" rows="3"></textarea>
                        <button type="submit" class="button secondary">{t!(i18n, interview.cancel)}</button>
                    </form>
                </details>
            })}
        </section>
    }
}

/// Past interviews (and cancelled ones), newest first, as the reader may see them.
#[component]
pub fn History(items: Vec<BookingView>, #[prop(optional)] show_kind: bool) -> impl IntoView {
    let i18n = use_i18n();
    if items.is_empty() {
        return ().into_any();
    }
    view! {
        <section class="card stack" aria-labelledby="history-title">
            <h2 id="history-title">{t!(i18n, interview.history_title)}</h2>
            <ul class="list">
                {items.into_iter().map(|b| {
                    let kind = show_kind.then(|| kind_name(i18n, b.kind));
                    view! {
                        <li class="stack">
                            <p>
                                <strong>{when(i18n, &b.slot)}</strong>
                                " · "{status_name(i18n, b.status)}
                                {kind.map(|k| view! { " · "{k} })}
                            </p>
                            {b.cancel_reason.map(|reason| view! {
                                <p>{t_string!(i18n, interview.cancelled_because, reason = reason).to_string()}</p>
                            })}
                            {b.summary.map(|s| view! {
                                <p>{mode_name(i18n, s.mode)}" · "{s.held_on.to_string()}</p>
                                <p class="summary">{s.summary}</p>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}
