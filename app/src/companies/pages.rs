//! The companies' pages: `/staff/companies` (the list and the form to add one) and
//! `/staff/companies/:id` (the record, its form, and the workplaces). Staff pages at a
//! desk; the record's form is the same for a new company and a known one.

mod form;
mod record;

pub use record::CompanyPage;

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::{components::A, hooks::use_query_map};

use self::form::CompanyFields;
use super::{CreateCompany, labels::error_text, list_companies};
use crate::{
    domain::SswField,
    i18n::use_i18n,
    layout::{PageTitle, guarded},
    paths,
};

/// `/staff/companies`.
#[component]
pub fn CompaniesPage() -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let error = use_query_map()
        .get_untracked()
        .get("error")
        .and_then(|code| error_text(locale, &code));
    guarded(list_companies(), move |companies| {
        let title = t_string!(i18n, companies.title).to_string();
        let (name_h, field_h, number_h, workers_h) = (
            t_string!(i18n, companies.name).to_string(),
            t_string!(i18n, companies.field).to_string(),
            t_string!(i18n, companies.corporate_number).to_string(),
            t_string!(i18n, companies.workers).to_string(),
        );
        let rows = companies
            .into_iter()
            .map(|c| {
                let field = SswField::from_code(&c.field).map_or(c.field.clone(), |f| f.name_ja().to_owned());
                view! {
                    <tr>
                        <th scope="row" data-label=name_h.clone()><A href=paths::company(c.id)>{c.name}</A></th>
                        <td data-label=field_h.clone()>{field}</td>
                        <td data-label=number_h.clone()><code>{c.corporate_number.unwrap_or_else(|| "—".to_owned())}</code></td>
                        <td data-label=workers_h.clone() class="number">{c.workers}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <PageTitle page=title.clone()/>
            <section class="card stack desk">
                <h1>{title.clone()}</h1>
                <table class="desk-table" data-testid="companies">
                    <caption>{title.clone()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{name_h.clone()}</th>
                            <th scope="col">{field_h.clone()}</th>
                            <th scope="col">{number_h.clone()}</th>
                            <th scope="col">{workers_h.clone()}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </section>
            <section class="card stack" aria-labelledby="new-company-title">
                <h2 id="new-company-title">{t!(i18n, companies.add)}</h2>
                {error.clone().map(|m| view! { <div class="alert" role="alert"><p>{m}</p></div> })}
                <form class="stack" method="post" action=CreateCompany::url()>
                    <CompanyFields record=None/>
                    <button type="submit" class="button">{t!(i18n, companies.create)}</button>
                </form>
            </section>
        }
    })
}
