//! `/staff/workers`: every worker of the organization at staff's desk, found by name,
//! login id or company, filtered by company and employment, sorted by any column, 50 a
//! page. One table, which the style sheet lays out as a card list on a phone.

use leptos::prelude::*;
use leptos_i18n::{t, t_string};
use leptos_router::components::A;

use crate::{
    i18n::use_i18n,
    layout::{
        DeskCount, DeskLinks, DeskPager, DeskSearch, PageTitle, SortHeader, guarded, options_html,
    },
    locale::nationality_name,
    paths,
    workers::{WorkerSearch, search_workers},
};

/// `/staff/workers`.
#[component]
pub fn WorkerListPage() -> impl IntoView {
    let i18n = use_i18n();
    let links = DeskLinks::from_query(paths::STAFF_WORKERS, &["company", "employment"]);
    let load = search_workers(
        Some(links.q()),
        Some(links.sort()),
        Some(links.dir()),
        Some(links.page()),
        Some(links.filter("company")),
        Some(links.filter("employment")),
    );
    guarded(load, move |found: WorkerSearch| {
        let all = t_string!(i18n, desk.all).to_string();
        let company = links.filter("company");
        let company_html = options_html(
            std::iter::once((String::new(), all.clone())).chain(
                found
                    .companies
                    .iter()
                    .map(|c| (c.id.to_string(), c.name.clone())),
            ),
            &company,
        );
        let employment_html = options_html(
            [
                (String::new(), all),
                (
                    "employed".to_owned(),
                    t_string!(i18n, workers.employed).to_string(),
                ),
                (
                    "ended".to_owned(),
                    t_string!(i18n, workers.ended).to_string(),
                ),
            ]
            .into_iter(),
            &links.filter("employment"),
        );
        let title = t_string!(i18n, workers.list_title).to_string();
        let answer = found.answer.clone();
        let lines = found.lines.len();
        let header = |column: &'static str, label: String| {
            view! { <SortHeader links=links.clone() answer=answer.clone() column label/> }
        };
        let (name_h, login_h, company_h, nationality_h, card_h, account_h) = (
            t_string!(i18n, workers.col_name).to_string(),
            t_string!(i18n, workers.login_id).to_string(),
            t_string!(i18n, workers.company).to_string(),
            t_string!(i18n, workers.nationality).to_string(),
            t_string!(i18n, workers.col_card).to_string(),
            t_string!(i18n, workers.col_account).to_string(),
        );
        let table = (lines > 0).then(|| {
            let rows = found
                .lines
                .into_iter()
                .map(|w| {
                    let account = match (w.contract_ended_on, w.active) {
                        (Some(date), _) => {
                            t_string!(i18n, workers.ended_on, date = date.to_string()).to_string()
                        }
                        (None, true) => t_string!(i18n, workers.active).to_string(),
                        (None, false) => t_string!(i18n, workers.not_active).to_string(),
                    };
                    let card = w
                        .residence_card_expiry
                        .map_or_else(|| "—".to_owned(), |d| d.to_string());
                    view! {
                        <tr>
                            <th scope="row" data-label=name_h.clone()>
                                <A href=paths::worker(w.id)>{w.name}</A>
                            </th>
                            <td data-label=login_h.clone()><code>{w.login_id.unwrap_or_default()}</code></td>
                            <td data-label=company_h.clone()>{w.company_name}</td>
                            <td data-label=nationality_h.clone()>
                                {nationality_name(i18n.get_locale_untracked(), &w.nationality)}
                            </td>
                            <td data-label=card_h.clone()>{card}</td>
                            <td data-label=account_h.clone()>{account}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="desk-table">
                    <caption>{title.clone()}</caption>
                    <thead>
                        <tr>
                            {header("name", name_h.clone())}
                            {header("login", login_h.clone())}
                            {header("company", company_h.clone())}
                            {header("nationality", nationality_h.clone())}
                            {header("card", card_h.clone())}
                            <th scope="col">{account_h.clone()}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        });
        view! {
            <PageTitle page=title.clone()/>
            <section class="card stack desk">
                <h1>{title.clone()}</h1>
                <DeskSearch links=links.clone() label=t_string!(i18n, desk.search_people).to_string()>
                    <div class="field">
                        <label for="company">{t!(i18n, workers.company)}</label>
                        <select id="company" name="company" inner_html=company_html></select>
                    </div>
                    <div class="field">
                        <label for="employment">{t!(i18n, workers.employment)}</label>
                        <select id="employment" name="employment" inner_html=employment_html></select>
                    </div>
                </DeskSearch>
                <DeskCount answer=answer.clone() lines empty=t_string!(i18n, workers.none).to_string()/>
                {table}
                <DeskPager links=links.clone() answer=answer.clone()/>
            </section>
        }
    })
}
