//! `/staff/companies/:id`: one company's record, the form that changes it, and its
//! workplaces (事業所) with the form that adds one.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::hooks::{use_params_map, use_query_map};

use super::form::CompanyFields;
use crate::{
    companies::{
        AddWorkplace, CompanyRecord, RemoveWorkplace, SetCompanyOfficer, UpdateCompany,
        company_detail,
        labels::{error_text, saved_text},
    },
    domain::{CompanyId, postal_code_printed},
    error::AppError,
    i18n::use_i18n,
    layout::{PageTitle, guarded, options_html, returned_fields},
};

#[component]
pub fn CompanyPage() -> impl IntoView {
    let id: Option<CompanyId> = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok());
    guarded(
        async move {
            match id {
                Some(id) => company_detail(id).await,
                None => Err(AppError::NotFound),
            }
        },
        move |record| view! { <CompanyView record/> },
    )
}

#[component]
fn CompanyView(record: CompanyRecord) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let query = use_query_map().get_untracked();
    let saved = query
        .get("saved")
        .and_then(|code| saved_text(locale, &code));
    let error = query
        .get("error")
        .and_then(|code| error_text(locale, &code));
    let returned = returned_fields();
    let id = record.id;
    let manage = record.can_manage;
    let workplaces = record
        .workplaces
        .iter()
        .map(|w| {
            let address = match &w.postal_code {
                Some(code) => format!("〒{} {}", postal_code_printed(code), w.address),
                None => w.address.clone(),
            };
            let remove = (manage && w.workers == 0).then(|| view! {
                <form method="post" action=RemoveWorkplace::url() class="inline">
                    <input type="hidden" name="id" value=w.id.to_string()/>
                    <input type="hidden" name="company_id" value=id.to_string()/>
                    <button type="submit" class="button secondary">{t!(i18n, companies.remove_workplace)}</button>
                </form>
            });
            view! {
                <li>
                    <strong>{w.name.clone()}</strong> " · " {address} " · "
                    {t!(i18n, companies.workplace_workers, count = w.workers)}
                    {remove}
                </li>
            }
        })
        .collect_view();
    let has_workplaces = !record.workplaces.is_empty();
    view! {
        <PageTitle page=record.name.clone()/>
        <section class="card stack" aria-labelledby="company-title">
            <h1 id="company-title">{record.name.clone()}</h1>
            {saved.map(|m| view! { <p class="notice" role="status">{m}</p> })}
            {error.map(|m| view! { <div class="alert" role="alert"><p>{m}</p></div> })}
            {if manage {
                view! {
                    <form class="stack" method="post" action=UpdateCompany::url()>
                        <input type="hidden" name="id" value=id.to_string()/>
                        <CompanyFields record=Some(record.clone())/>
                        <button type="submit" class="button">{t!(i18n, companies.save)}</button>
                    </form>
                }
                .into_any()
            } else {
                view! { <CompanyFacts record=record.clone()/> }.into_any()
            }}
        </section>
        <OfficerInCharge record=record.clone()/>
        <section class="card stack" aria-labelledby="workplaces-title" id="workplaces">
            <h2 id="workplaces-title">{t!(i18n, companies.workplaces)}</h2>
            {(!has_workplaces).then(|| view! { <p>{t!(i18n, companies.no_workplaces)}</p> })}
            <ul class="list" data-testid="workplaces">{workplaces}</ul>
            {manage.then(|| view! {
            <form class="stack" method="post" action=AddWorkplace::url()>
                <h3>{t!(i18n, companies.add_workplace)}</h3>
                <input type="hidden" name="company_id" value=id.to_string()/>
                <div class="field">
                    <label for="workplace_name">{t!(i18n, companies.workplace_name)}</label>
                    <input id="workplace_name" name="workplace_name" value=returned.text("workplace_name")/>
                </div>
                <div class="field">
                    <label for="workplace_postal_code">{t!(i18n, companies.postal_code)}</label>
                    <input id="workplace_postal_code" name="postal_code" value=returned.text("workplace_postal_code")/>
                </div>
                <div class="field">
                    <label for="workplace_address">{t!(i18n, companies.address)}</label>
                    <input id="workplace_address" name="address" value=returned.text("workplace_address")/>
                </div>
                <button type="submit" class="button secondary">{t!(i18n, companies.save_workplace)}</button>
            </form>
            })}
        </section>
        <p class="hint">{t_string!(i18n, companies.filing_note)}</p>
    }
}

/// The 支援担当者 in charge of the company: staff choose them, the company reads who it is.
#[component]
fn OfficerInCharge(record: CompanyRecord) -> impl IntoView {
    let i18n = use_i18n();
    let name = record
        .support_officer_name
        .clone()
        .unwrap_or_else(|| "—".to_owned());
    let form = record.can_manage.then(|| {
        let officer_html = options_html(
            std::iter::once((String::new(), "—".to_owned())).chain(
                record
                    .officers
                    .iter()
                    .map(|(id, name)| (id.to_string(), name.clone())),
            ),
            &record
                .support_officer_id
                .map(|id| id.to_string())
                .unwrap_or_default(),
        );
        view! {
            <form class="stack" method="post" action=SetCompanyOfficer::url()>
                <input type="hidden" name="id" value=record.id.to_string()/>
                <div class="field">
                    <label for="company-officer">{t!(i18n, companies.officer)}</label>
                    <select id="company-officer" name="support_officer_id" inner_html=officer_html></select>
                </div>
                <p class="hint">{t!(i18n, companies.officer_hint)}</p>
                <button type="submit" class="button secondary">{t!(i18n, companies.save_officer)}</button>
            </form>
        }
    });
    view! {
        <section class="card stack" aria-labelledby="officer-title" id="officer">
            <h2 id="officer-title">{t!(i18n, companies.officer)}</h2>
            {if record.can_manage {
                form.into_any()
            } else {
                view! { <p data-testid="company-officer">{name}</p> }.into_any()
            }}
        </section>
    }
}

/// The record as its company reads it.
#[component]
fn CompanyFacts(record: CompanyRecord) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let dash = || "—".to_owned();
    let supports = record
        .entrusted_supports
        .iter()
        .map(|k| crate::locale::words::support_kind_name(locale, *k))
        .collect::<Vec<_>>()
        .join(", ");
    let address = match (&record.postal_code, &record.address) {
        (Some(code), Some(address)) => format!("〒{} {address}", postal_code_printed(code)),
        (None, Some(address)) => address.clone(),
        _ => dash(),
    };
    view! {
        <dl class="facts">
            <dt>{t!(i18n, companies.corporate_number)}</dt>
            <dd>{record.corporate_number.unwrap_or_else(dash)}</dd>
            <dt>{t!(i18n, companies.address)}</dt>
            <dd>{address}</dd>
            <dt>{t!(i18n, companies.representative)}</dt>
            <dd>{record.representative.unwrap_or_else(dash)}</dd>
            <dt>{t!(i18n, companies.phone)}</dt>
            <dd>{record.phone.unwrap_or_else(dash)}</dd>
            <dt>{t!(i18n, companies.entrusted_on)}</dt>
            <dd>{record.entrusted_on.map_or_else(dash, |d| d.to_string())}</dd>
            <dt>{t!(i18n, companies.entrusted_supports)}</dt>
            <dd>{if supports.is_empty() { dash() } else { supports }}</dd>
        </dl>
    }
}
