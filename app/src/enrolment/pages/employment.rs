//! A worker's employment contract on their page: the note that it ended (everyone who may
//! see the worker), and the form staff record it with.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::hooks::use_query_map;

use crate::{
    domain::{Employment, EmploymentEndReason, WorkerId},
    enrolment::UpdateWorkerEmployment,
    i18n::{Locale, use_i18n},
    layout::options_html,
};

/// The reason in the reader's language. Locale keys must be literal: one arm each.
pub fn end_reason_label(locale: Locale, reason: EmploymentEndReason) -> String {
    use EmploymentEndReason as R;
    match reason {
        R::ContractExpired => leptos_i18n::td_string!(locale, employment.reason_contract_expired),
        R::Resigned => leptos_i18n::td_string!(locale, employment.reason_resigned),
        R::DismissedForCause => {
            leptos_i18n::td_string!(locale, employment.reason_dismissed_for_cause)
        }
        R::CompanyReasons => leptos_i18n::td_string!(locale, employment.reason_company_reasons),
        R::Disappeared => leptos_i18n::td_string!(locale, employment.reason_disappeared),
        R::Death => leptos_i18n::td_string!(locale, employment.reason_death),
        R::Transferred => leptos_i18n::td_string!(locale, employment.reason_transferred),
    }
    .to_string()
}

/// "Employment ended on …: the reason", under the worker's name.
#[component]
pub fn EndedNote(on: chrono::NaiveDate, reason: EmploymentEndReason) -> impl IntoView {
    let i18n = use_i18n();
    let reason = end_reason_label(i18n.get_locale_untracked(), reason);
    view! {
        <p class="notice" data-testid="employment-ended">
            {t!(i18n, employment.ended_note, date = on.to_string(), reason = reason)}
        </p>
    }
}

/// Staff: the contract's start, and its end with the reason. Every reason can be recorded;
/// the hint says which bring job-change support.
#[component]
pub fn EmploymentForm(id: WorkerId, employment: Employment) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let saved = (query.get("saved").as_deref() == Some("employment"))
        .then(|| t_string!(i18n, employment.saved));
    let error = query.get("error").and_then(|code| {
        Some(match code.as_str() {
            "employment.err_date" => t_string!(i18n, employment.err_date),
            "employment.err_end_before_start" => t_string!(i18n, employment.err_end_before_start),
            "employment.err_reason_missing" => t_string!(i18n, employment.err_reason_missing),
            "employment.err_end_missing" => t_string!(i18n, employment.err_end_missing),
            _ => return None,
        })
    });
    let locale = i18n.get_locale_untracked();
    let (ended_on, reason) = employment
        .ended
        .map_or((String::new(), String::new()), |(on, r)| {
            (on.to_string(), r.code().to_owned())
        });
    let reasons = options_html(
        std::iter::once((
            String::new(),
            t_string!(i18n, employment.reason_none).to_string(),
        ))
        .chain(
            EmploymentEndReason::ALL
                .into_iter()
                .map(|r| (r.code().to_owned(), end_reason_label(locale, r))),
        ),
        &reason,
    );
    let started_on = employment
        .started_on
        .map(|d| d.to_string())
        .unwrap_or_default();
    view! {
        <section class="card stack" aria-labelledby="employment-title" id="employment">
            <h2 id="employment-title">{t!(i18n, employment.title)}</h2>
            <p class="hint">{t!(i18n, employment.hint)}</p>
            {saved.map(|m| view! { <p class="notice" role="status">{m}</p> })}
            {error.map(|m| view! { <div class="alert" role="alert"><p>{m}</p></div> })}
            <form class="stack" method="post" action=UpdateWorkerEmployment::url()>
                <input type="hidden" name="id" value=id.to_string()/>
                <div class="field">
                    <label for="contract_started_on">{t!(i18n, employment.started_on)}</label>
                    <input id="contract_started_on" name="contract_started_on" type="date" value=started_on/>
                </div>
                <div class="field">
                    <label for="contract_ended_on">{t!(i18n, employment.ended_on)}</label>
                    <input id="contract_ended_on" name="contract_ended_on" type="date" value=ended_on/>
                </div>
                <div class="field">
                    <label for="employment_end_reason">{t!(i18n, employment.reason)}</label>
                    <select id="employment_end_reason" name="employment_end_reason" inner_html=reasons></select>
                </div>
                <button type="submit" class="button secondary">{t!(i18n, employment.save)}</button>
            </form>
        </section>
    }
}
