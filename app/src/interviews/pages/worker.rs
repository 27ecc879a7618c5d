//! `/me/interviews`: the worker's periodic interview (定期面談). When the next one is due,
//! the booked one with its calendar file, free times to book or move to, cancelling with a
//! reason, and past interviews with what was noted.

use leptos::prelude::*;
use leptos_i18n::{t, t_string};

use crate::interviews::{
    OwnInterviews, my_interviews,
    parts::{BookingCard, Choose, History, Outcome, SlotChooser},
};
use crate::{
    domain::{InterviewKind, interview_standing},
    i18n::use_i18n,
    layout::{PageTitle, ReloadForms, guarded},
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
        let ask_consent = !data.consent_given;
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
            {chooser.map(|(title, choose)| view! {
                <section class="card stack" aria-labelledby="choose-title">
                    <h2 id="choose-title">{title}</h2>
                    <SlotChooser days=data.free choose ask_consent/>
                </section>
            })}
            <History items=data.history/>
        }
    })
}
