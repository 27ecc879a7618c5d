//! `/workers/:id/interviews`: one worker's interviews, for staff and the worker's company.
//! Both due dates; the booked interviews (the company sees the worker's only as a time);
//! free times to book the supervisor interview (staff may book either kind); the past.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_i18n::{t, t_string};
use leptos_router::{components::A, hooks::use_params_map};

use crate::interviews::{
    BookingView, InterviewsOfWorker,
    parts::{BookingCard, Choose, ConsentState, History, Outcome, SlotChooser},
    worker_interviews,
};
use crate::{
    domain::{ConsentPerson, InterviewKind, WorkerId, interview_standing},
    error::AppError,
    i18n::use_i18n,
    layout::{PageTitle, ReloadForms, guarded},
    paths,
};

/// The due date of one kind of interview, marked when it has passed with nothing booked.
fn due_line(
    i18n: crate::interviews::labels::I18n,
    kind: InterviewKind,
    due: Option<NaiveDate>,
    booked: &[BookingView],
    today: NaiveDate,
) -> impl IntoView + use<> {
    let booked_at = booked
        .iter()
        .find(|b| b.kind == kind)
        .map(|b| b.slot.starts_at);
    due.map(|due| {
        let overdue = interview_standing(due, booked_at, today).overdue();
        let date = due.to_string();
        let text = match kind {
            InterviewKind::Worker => t_string!(i18n, interview.worker_due, date = date),
            InterviewKind::Supervisor => t_string!(i18n, interview.supervisor_due, date = date),
        }
        .to_string();
        view! { <p class=if overdue { "alert" } else { "due" }>{text}</p> }
    })
}

#[component]
pub fn WorkerInterviewsPage() -> impl IntoView {
    let i18n = use_i18n();
    let id: Option<WorkerId> = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok());
    let load = async move { worker_interviews(id.ok_or(AppError::NotFound)?).await };
    guarded(load, move |data: InterviewsOfWorker| {
        let worker_id = data.worker_id;
        let title = t_string!(
            i18n,
            interview.worker_page_title,
            name = data.worker_name.clone()
        )
        .to_string();
        let has_supervisor = data
            .booked
            .iter()
            .any(|b| b.kind == InterviewKind::Supervisor);
        // Staff choose the kind; the company books its supervisor interview.
        let chooser = (data.is_staff || !has_supervisor).then(|| {
            let kind = (!data.is_staff).then_some(InterviewKind::Supervisor);
            (kind, data.free.clone())
        });
        let (cutoff_hours, staff_link) = (data.cutoff_hours, data.is_staff);
        // The company agrees for its supervisor; staff cannot agree for anyone.
        let ask_consent = (!data.is_staff && data.supervisor_consent_at.is_none())
            .then_some(ConsentPerson::Supervisor);
        let (worker_consent, supervisor_consent) =
            (data.worker_consent_at, data.supervisor_consent_at);
        view! {
            <PageTitle page=title.clone()/>
            <ReloadForms/>
            <section class="card stack">
                <p><A href=paths::worker(worker_id)>{data.worker_name.clone()}</A></p>
                <h1>{title}</h1>
                <Outcome/>
                {due_line(i18n, InterviewKind::Worker, data.worker_due, &data.booked, data.today)}
                {due_line(i18n, InterviewKind::Supervisor, data.supervisor_due, &data.booked, data.today)}
            </section>
            {data.booked.into_iter().map(|booking| {
                let due_on = match booking.kind {
                    InterviewKind::Worker => data.worker_due,
                    InterviewKind::Supervisor => data.supervisor_due,
                };
                view! {
                    <BookingCard booking worker_id=Some(worker_id) cutoff_hours due_on show_kind=true staff_link/>
                }
            }).collect_view()}
            {chooser.map(|(kind, days)| view! {
                <section class="card stack" aria-labelledby="choose-title">
                    <h2 id="choose-title">
                        {if kind.is_some() {
                            t_string!(i18n, interview.supervisor_book_title)
                        } else {
                            t_string!(i18n, interview.book_title)
                        }}
                    </h2>
                    {kind.is_none().then(|| view! { <KindChoice/> })}
                    <SlotChooser
                        days
                        choose=Choose::Book { kind, worker_id: Some(worker_id) }
                        ask_consent
                    />
                </section>
            })}
            {staff_link.then(|| view! {
                <ConsentState person=ConsentPerson::Worker given_at=worker_consent worker_id=Some(worker_id)/>
            })}
            <ConsentState person=ConsentPerson::Supervisor given_at=supervisor_consent worker_id=Some(worker_id)/>
            <History items=data.history show_kind=true/>
        }
    })
}

/// Staff pick which interview they book (the radio buttons belong to the chooser's form).
#[component]
fn KindChoice() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset form="book-form" class="kind-choice">
            <legend>{t!(i18n, interview.kind_legend)}</legend>
            <label class="check">
                <input type="radio" name="kind" value="worker" form="book-form" required/>
                <span>{t!(i18n, interview.kind_worker)}</span>
            </label>
            <label class="check">
                <input type="radio" name="kind" value="supervisor" form="book-form" checked/>
                <span>{t!(i18n, interview.kind_supervisor)}</span>
            </label>
        </fieldset>
    }
}
