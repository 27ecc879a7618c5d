//! `/staff/caseload`: each officer (支援責任者, 支援担当者) with their workers and employers
//! against the caps, the ones over a cap marked.

use leptos::prelude::*;
use leptos_i18n::{t, t_string};

use crate::{
    i18n::use_i18n,
    layout::{PageTitle, guarded},
    organization::{labels::position_name, officer_caseloads},
};

#[component]
pub fn CaseloadPage() -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    guarded(officer_caseloads(), move |overview| {
        let title = t_string!(i18n, organization.caseload_title).to_string();
        let (name_h, position_h, office_h, workers_h, employers_h, state_h) = (
            t_string!(i18n, organization.officer).to_string(),
            t_string!(i18n, organization.position).to_string(),
            t_string!(i18n, organization.office).to_string(),
            t_string!(i18n, organization.caseload_workers).to_string(),
            t_string!(i18n, organization.caseload_employers).to_string(),
            t_string!(i18n, organization.caseload_state).to_string(),
        );
        let (max_w, max_e) = (overview.max_workers, overview.max_employers);
        let in_force = overview.caps_in_force;
        let rows = overview
            .officers
            .into_iter()
            .map(|o| {
                let over = o.load.over();
                let state = match (over, in_force) {
                    (false, _) => t_string!(i18n, organization.caseload_within).to_string(),
                    (true, false) => t_string!(i18n, organization.caseload_over).to_string(),
                    (true, true) => t_string!(i18n, organization.caseload_over_in_force).to_string(),
                };
                let mark = |is_over: bool| if is_over { "number over" } else { "number" };
                view! {
                    <tr class:over=over>
                        <th scope="row" data-label=name_h.clone()>{o.name}</th>
                        <td data-label=position_h.clone()>{position_name(locale, o.position)}</td>
                        <td data-label=office_h.clone()>{o.office.unwrap_or_else(|| "—".to_owned())}</td>
                        <td data-label=workers_h.clone() class=mark(o.load.over_workers())>
                            {format!("{} / {max_w}", o.load.workers)}
                        </td>
                        <td data-label=employers_h.clone() class=mark(o.load.over_employers())>
                            {format!("{} / {max_e}", o.load.employers)}
                        </td>
                        <td data-label=state_h.clone()>
                            {if over { view! { <strong class="late">{state}</strong> }.into_any() }
                             else { view! { <span>{state}</span> }.into_any() }}
                        </td>
                    </tr>
                }
            })
            .collect_view();
        let rule = if in_force {
            t_string!(
                i18n,
                organization.caseload_rule_in_force,
                from = overview.caps_from.to_string(),
                workers = max_w,
                employers = max_e
            )
            .to_string()
        } else {
            t_string!(
                i18n,
                organization.caseload_rule,
                from = overview.caps_from.to_string(),
                workers = max_w,
                employers = max_e
            )
            .to_string()
        };
        view! {
            <PageTitle page=title.clone()/>
            <section class="card stack desk">
                <h1>{title.clone()}</h1>
                <p>{rule}</p>
                <table class="desk-table" data-testid="caseload">
                    <caption>{title.clone()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{name_h.clone()}</th>
                            <th scope="col">{position_h.clone()}</th>
                            <th scope="col">{office_h.clone()}</th>
                            <th scope="col">{workers_h.clone()}</th>
                            <th scope="col">{employers_h.clone()}</th>
                            <th scope="col">{state_h.clone()}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                <p class="hint">{t!(i18n, organization.caseload_how_counted)}</p>
            </section>
        }
    })
}
