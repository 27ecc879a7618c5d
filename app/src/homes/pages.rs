//! The three homes (`/me`, `/company`, `/staff`): each user's start page, with their to-do
//! list on top. They sit above the features because a home gathers from all of them.

mod record;

pub use record::MyRecordPage;

use leptos::prelude::*;
use leptos_i18n::{t, t_string};
use leptos_router::components::A;

use super::todo::{
    CompanyTodoList, StaffTodoList, WorkerTodoList, company_tasks, my_tasks, staff_tasks,
};
use crate::{
    auth::{SignOutForms, me},
    domain::Role,
    error::AppError,
    i18n::use_i18n,
    layout::{PageTitle, guarded},
    locale::nationality_name,
    organization::{OrganizationWarnings, organization_warnings},
    paths,
    workers::{WorkerFacts, WorkerSummary, list_workers, my_worker_record},
};

/// `/staff`: the support officer's start page.
#[component]
pub fn StaffHome() -> impl IntoView {
    let i18n = use_i18n();
    guarded(
        async move {
            let me = me().await?.ok_or(AppError::Unauthorized)?;
            if !me.role.is_staff() {
                return Err(AppError::Forbidden);
            }
            // The organization's own standing is the admin's to keep.
            let warnings = if me.role == Role::Admin {
                organization_warnings().await?
            } else {
                Vec::new()
            };
            Ok((me, staff_tasks().await?, list_workers().await?, warnings))
        },
        move |(me, todo, workers, warnings)| {
            view! {
                <PageTitle page=t_string!(i18n, staff.title).to_string()/>
                <section class="card stack">
                    <h1>{t!(i18n, staff.title)}</h1>
                    <p>{t!(i18n, home.signed_in_as, name = me.display_name.clone())}</p>
                    // The sections are in the lasting menu (`shell::SectionNav`).
                    <p>
                        <A href=paths::NEW_WORKER attr:class="button">{t!(i18n, workers.add)}</A>
                        " "
                        <A href=paths::STAFF_IMPORT attr:class="button secondary">
                            {t!(i18n, onboarding.open_import)}
                        </A>
                    </p>
                </section>
                <OrganizationWarnings warnings/>
                <StaffTodoList todo/>
                <WorkerList workers/>
                <SignOutForms/>
            }
        },
    )
}

/// `/company`: a company user's start page with its own workers.
#[component]
pub fn CompanyHome() -> impl IntoView {
    let i18n = use_i18n();
    guarded(
        async move {
            let me = me().await?.ok_or(AppError::Unauthorized)?;
            Ok((me, company_tasks().await?, list_workers().await?))
        },
        move |(me, todo, workers)| {
            view! {
                <PageTitle page=t_string!(i18n, company.title).to_string()/>
                <section class="card stack">
                    <h1>{t!(i18n, company.title)}</h1>
                    <p>{t!(i18n, home.signed_in_as, name = me.display_name.clone())}</p>
                </section>
                <CompanyTodoList todo/>
                <WorkerList workers/>
                <SignOutForms/>
            }
        },
    )
}

/// The workers still employed, then the former ones (whose contract ended before today)
/// folded below with all their records a tap away.
#[component]
fn WorkerList(workers: Vec<WorkerSummary>) -> impl IntoView {
    let i18n = use_i18n();
    let today = crate::locale::today_in_japan();
    let (former, current): (Vec<_>, Vec<_>) = workers
        .into_iter()
        .partition(|w| w.contract_ended_on.is_some_and(|on| on < today));
    let empty = current.is_empty();
    let lines = move |workers: Vec<WorkerSummary>| {
        workers
            .into_iter()
            .map(|w| {
                let nationality = nationality_name(i18n.get_locale_untracked(), &w.nationality);
                view! {
                    <li>
                        <A href=paths::worker(w.id)>{w.name.clone()}</A>
                        <span class="hint">
                            {w.company_name.clone()} " · " {nationality}
                            {(!w.active).then(|| view! { " · " {t!(i18n, workers.not_active)} })}
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    let former_count = former.len();
    view! {
        <section class="card" aria-labelledby="workers-title">
            <h2 id="workers-title">{t!(i18n, workers.list_title)}</h2>
            {empty.then(|| view! { <p>{t!(i18n, workers.none)}</p> })}
            <ul class="list" data-testid="current-workers">{lines(current)}</ul>
            {(former_count > 0).then(|| view! {
                <details class="former" data-testid="former-workers">
                    <summary>{t!(i18n, employment.former_title)} " (" {former_count} ")"</summary>
                    <ul class="list">{lines(former)}</ul>
                </details>
            })}
        </section>
    }
}

/// `/me`: the worker's start page.
#[component]
pub fn WorkerHome() -> impl IntoView {
    let i18n = use_i18n();
    let load = async { Ok((my_worker_record().await?, my_tasks().await?)) };
    guarded(load, move |(worker, todo)| {
        view! {
            <PageTitle page=t_string!(i18n, me.title).to_string()/>
            <WorkerTodoList
                greeting=t_string!(i18n, me.greeting, name = worker.given_name.clone()).to_string()
                todo
            />
            <section class="card stack">
                <p>{t!(i18n, me.intro)}</p>
                <p><A href=paths::MY_SUPPORTS attr:class="button">{t!(i18n, supports.my_title)}</A></p>
                <p><A href=paths::MY_DOCUMENTS attr:class="button">{t!(i18n, documents.title)}</A></p>
                <p><A href=paths::MY_INTERVIEWS attr:class="button">{t!(i18n, interview.my_title)}</A></p>
                <p><A href=paths::MY_CONSULTATIONS attr:class="button">{t!(i18n, consultation.my_title)}</A></p>
                <p><A href=paths::MY_RECORD attr:class="button">{t!(i18n, me.record_title)}</A></p>
            </section>
            <WorkerFacts worker/>
            <SignOutForms/>
        }
    })
}
