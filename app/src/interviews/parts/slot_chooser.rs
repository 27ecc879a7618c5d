//! The free slots to choose from, days first: a short list of days (Japan time), each
//! opening its times; within a day the times are grouped by what they share (mode, place,
//! languages), shown once above the group. The chosen time and the button stay in view at
//! the bottom of the screen while the worker scrolls. `<details>` and radio buttons: it all
//! works without JavaScript; the island only repeats the chosen time beside the button.
//!
//! The radio buttons are not `required`: a browser cannot show its "choose one" bubble on
//! a button inside a closed `<details>`, and would refuse to send without saying why. The
//! server answers a form without a time with "Choose a time" instead.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};

use super::slot_details;
use crate::{
    domain::{ConsentPerson, InterviewKind, InterviewMode, WorkerId},
    i18n::use_i18n,
    interviews::{
        BookInterview, BookingView, RescheduleInterview, SlotDay, SlotView,
        islands::ChosenSlot,
        labels::{I18n, day_heading, time_range, when},
    },
};

/// What the slot chooser does with the chosen slot.
#[derive(Clone, Debug)]
pub enum Choose {
    /// Book a new interview of this kind (about `worker_id` unless it is the worker's own).
    Book {
        kind: Option<InterviewKind>,
        worker_id: Option<WorkerId>,
    },
    /// Move this booking.
    Move {
        booking: Box<BookingView>,
        worker_id: Option<WorkerId>,
    },
}

/// Slots of one day that share their details, earliest first.
struct Group {
    details: String,
    slots: Vec<SlotView>,
}

/// A day's slots grouped by their details line, in the order of each group's first time.
fn groups(i18n: I18n, slots: Vec<SlotView>) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for slot in slots {
        let details = slot_details(
            i18n,
            &slot.mode,
            slot.place.as_deref(),
            &slot.languages,
            slot.interpreter,
        );
        match groups.iter_mut().find(|g| g.details == details) {
            Some(group) => group.slots.push(slot),
            None => groups.push(Group {
                details,
                slots: vec![slot],
            }),
        }
    }
    groups
}

/// The free slots and one button. `ask_consent` adds the consent to online interviews of
/// that person (the worker's own, or the supervisor's given by the company) when a video
/// slot is offered.
#[component]
pub fn SlotChooser(
    days: Vec<SlotDay>,
    choose: Choose,
    ask_consent: Option<ConsentPerson>,
) -> impl IntoView {
    let i18n = use_i18n();
    if days.is_empty() {
        return view! { <p class="hint">{t!(i18n, interview.no_slots)}</p> }.into_any();
    }
    let has_video = days
        .iter()
        .any(|d| d.slots.iter().any(|s| s.mode == InterviewMode::Video));
    let (id, action, button, hidden) = match &choose {
        Choose::Book { kind, worker_id } => (
            "book-form",
            BookInterview::url(),
            t_string!(i18n, interview.book).to_string(),
            view! {
                {kind.map(|k| view! { <input type="hidden" name="kind" value=k.code()/> })}
                {worker_id.map(|id| view! { <input type="hidden" name="worker_id" value=id.to_string()/> })}
            }
            .into_any(),
        ),
        Choose::Move { booking, worker_id } => (
            "move-form",
            RescheduleInterview::url(),
            t_string!(i18n, interview.move_here).to_string(),
            view! {
                <input type="hidden" name="id" value=booking.id.to_string()/>
                <input type="hidden" name="version" value=booking.version.to_string()/>
                {worker_id.map(|id| view! { <input type="hidden" name="worker_id" value=id.to_string()/> })}
            }
            .into_any(),
        ),
    };
    let locale = i18n.get_locale_untracked().to_string();
    // One day needs no list of days: it opens at once.
    let only_day = days.len() == 1;
    view! {
        <form method="post" action=action class="stack slot-chooser" id=id data-reload="true">
            {hidden}
            <p class="hint">{t!(i18n, interview.japan_time)}</p>
            <div class="slot-days">
                {days.into_iter().map(|day| {
                    let count = t_string!(i18n, interview.times_count, count = day.slots.len()).to_string();
                    view! {
                        <details class="slot-day" open=only_day>
                            <summary>
                                <span class="slot-day-name">{day_heading(i18n, day.day)}</span>
                                <span class="hint">{count}</span>
                            </summary>
                            {groups(i18n, day.slots).into_iter().map(|group| view! {
                                <fieldset class="slot-group">
                                    <legend class="slot-details">{group.details}</legend>
                                    <div class="slot-times">
                                        {group.slots.into_iter().map(|slot| view! {
                                            <label class="slot">
                                                <input
                                                    type="radio"
                                                    name="slot_id"
                                                    value=slot.id.to_string()
                                                    data-when=when(i18n, &slot)
                                                />
                                                <span class="slot-time">{time_range(&slot)}</span>
                                            </label>
                                        }).collect_view()}
                                    </div>
                                </fieldset>
                            }).collect_view()}
                        </details>
                    }
                }).collect_view()}
            </div>
            {ask_consent.filter(|_| has_video).map(|person| view! {
                <label class="check">
                    <input type="checkbox" name="consent" value=locale/>
                    <span>{match person {
                        ConsentPerson::Worker => t_string!(i18n, interview.consent_label),
                        ConsentPerson::Supervisor => t_string!(i18n, interview.consent_supervisor_label),
                    }}</span>
                </label>
                <p class="hint">{t!(i18n, interview.consent_hint)}</p>
            })}
            <div class="slot-submit">
                <ChosenSlot
                    form_id=id.to_owned()
                    none=t_string!(i18n, interview.none_chosen).to_string()
                />
                <button type="submit" class="button">{button}</button>
            </div>
        </form>
    }
    .into_any()
}
