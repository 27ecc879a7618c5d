//! `/me/interviews`: the worker's periodic interview (定期面談). When the next one is due,
//! the booked one with its calendar file, free times to book or move to, cancelling with a
//! reason, and past interviews with what was noted. When no time is free, the worker can
//! tell staff, write to them or call: the page is never a dead end.

use chrono::{DateTime, Utc};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};

use crate::interviews::{
    AskForInterviewTime, OwnInterviews, my_interviews,
    parts::{BookingCard, Choose, ConsentState, History, Outcome, SlotChooser},
};
use crate::{
    consultations::{HoursCard, Reachable},
    domain::{ConsentPerson, InterviewKind, interview_standing},
    i18n::use_i18n,
    layout::{PageTitle, ReloadForms, guarded},
    locale::format_date_time,
    paths,
};

#[component]
pub fn MyInterviewsPage() -> impl IntoView {
    let i18n = use_i18n();
    guarded(my_interviews(), move |data: OwnInterviews| {
        let booked_at = data.booking.as_ref().map(|b| b.slot.starts_at);
        let due = data.due_on.map(|due| {
            // Booked, it is not overdue: the booking says whether it is late.
            if interview_standing(due, booked_at, data.today).overdue() {
                view! {
                    <div class="alert" role="alert">
                        <p>{t_string!(i18n, interview.overdue, date = due.to_string()).to_string()}</p>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <p class="due">{t_string!(i18n, interview.due_by, date = due.to_string()).to_string()}</p>
                }
                .into_any()
            }
        });
        let chooser = match data.booking.clone() {
            None => Some((
                t_string!(i18n, interview.choose_title).to_string(),
                Choose::Book {
                    kind: Some(InterviewKind::Worker),
                    worker_id: None,
                },
            )),
            Some(booking) if booking.changeable => Some((
                t_string!(i18n, interview.move_title).to_string(),
                Choose::Move {
                    booking: Box::new(booking),
                    worker_id: None,
                },
            )),
            Some(_) => None,
        };
        let ask_consent = data
            .consent_given_at
            .is_none()
            .then_some(ConsentPerson::Worker);
        let consent_at = data.consent_given_at;
        view! {
            <PageTitle page=t_string!(i18n, interview.my_title).to_string()/>
            <ReloadForms/>
            <section class="card stack">
                <h1>{t!(i18n, interview.my_title)}</h1>
                <p>{t!(i18n, interview.intro)}</p>
                <Outcome/>
                {due}
            </section>
            {data.booking.map(|booking| view! {
                <BookingCard booking worker_id=None cutoff_hours=data.cutoff_hours due_on=data.due_on/>
            })}
            {match chooser {
                // Nothing to book: never a dead end (issue 19).
                Some((_, Choose::Book { .. })) if data.free.is_empty() => view! {
                    <NoFreeTime asked_at=data.time_asked_at reachable=data.reachable/>
                }
                .into_any(),
                Some((title, choose)) => view! {
                    <section class="card stack" aria-labelledby="choose-title">
                        <h2 id="choose-title">{title}</h2>
                        <SlotChooser days=data.free choose ask_consent/>
                    </section>
                }
                .into_any(),
                None => ().into_any(),
            }}
            {consent_at.map(|at| view! {
                <ConsentState person=ConsentPerson::Worker given_at=Some(at) worker_id=None/>
            })}
            <History items=data.history/>
        }
    })
}

/// No free time to book: tell staff (they see it on their home), write to them with the
/// message started, or call; and when someone answers.
#[component]
fn NoFreeTime(asked_at: Option<DateTime<Utc>>, reachable: Reachable) -> impl IntoView {
    let i18n = use_i18n();
    let told = match asked_at {
        Some(at) => view! {
            <p class="notice" role="status">
                {t_string!(i18n, interview.time_asked_on, at = format_date_time(at)).to_string()}
            </p>
        }
        .into_any(),
        None => view! {
            <form method="post" action=AskForInterviewTime::url() data-reload="true">
                <button type="submit" class="button">{t!(i18n, interview.ask_time)}</button>
            </form>
        }
        .into_any(),
    };
    view! {
        <section class="card stack" aria-labelledby="no-time-title">
            <h2 id="no-time-title">{t!(i18n, interview.no_time_title)}</h2>
            <p>{t!(i18n, interview.no_slots)}</p>
            {told}
            <p>
                <a class="button secondary" href=paths::ASK_FOR_INTERVIEW_TIME>
                    {t!(i18n, interview.write_to_us)}
                </a>
            </p>
            <HoursCard reachable/>
        </section>
    }
}
