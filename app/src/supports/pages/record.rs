//! `/workers/:id/record`: the support-implementation record, printable on A4.

use leptos::prelude::*;
use leptos_i18n::{t, t_string};

use crate::supports::{
    Stamp, SupportLine,
    labels::{mode_label, rule_reason, status_label},
    pages::plan::{language_name, line_name, with_route_id},
    support_record,
};
use crate::{
    i18n::use_i18n,
    layout::{PageTitle, guarded},
    locale::{format_date_time, nationality_name},
};

/// `/workers/:id/record`: the support-implementation record, printable on A4.
#[component]
pub fn SupportRecordPage() -> impl IntoView {
    let i18n = use_i18n();
    guarded(with_route_id(support_record), move |plan| {
        let entry = plan
            .entry_date
            .map_or_else(|| "—".to_owned(), |d| d.to_string());
        view! {
            <PageTitle page=format!("{} · {}", plan.worker_name, t_string!(i18n, supports.record_title_page))/>
            <article class="card record">
                <h1>{t!(i18n, supports.record_title_page)}</h1>
                <p class="hint no-print">{t!(i18n, supports.print_hint)}</p>
                <dl class="facts">
                    <dt>{t!(i18n, supports.organization)}</dt><dd>{plan.organization_name.clone()}</dd>
                    <dt>{t!(i18n, supports.worker)}</dt><dd>{plan.worker_name.clone()}</dd>
                    <dt>{t!(i18n, workers.company)}</dt><dd>{plan.company_name.clone()}</dd>
                    <dt>{t!(i18n, supports.nationality)}</dt><dd>{nationality_name(i18n.get_locale_untracked(), &plan.nationality)}</dd>
                    <dt>{t!(i18n, supports.entry_date)}</dt><dd>{entry}</dd>
                </dl>
                <table class="record-table">
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, supports.col_support)}</th>
                            <th scope="col">{t!(i18n, supports.col_status)}</th>
                            <th scope="col">{t!(i18n, supports.col_delivery)}</th>
                            <th scope="col">{t!(i18n, supports.col_worker)}</th>
                            <th scope="col">{t!(i18n, supports.col_company)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {plan.lines.into_iter().map(|line| view! { <RecordRow line/> }).collect_view()}
                    </tbody>
                </table>
            </article>
        }
    })
}

#[component]
fn RecordRow(line: SupportLine) -> impl IntoView {
    let i18n = use_i18n();
    let name = line_name(i18n, &line);
    let delivery = line.delivered_on.map(|d| {
        let language = line
            .language
            .as_deref()
            .map_or(String::new(), language_name);
        let mode = line.mode.map(|m| mode_label(i18n, m)).unwrap_or_default();
        let minutes = line.duration_minutes.unwrap_or_default();
        format!(
            "{d} · {} · {language} · {mode} · {minutes}{}",
            line.delivered_by.clone().unwrap_or_default(),
            t_string!(i18n, supports.minutes_short)
        )
    });
    let reason = line
        .rule_reason()
        .map(|code| rule_reason(i18n, code))
        .or_else(|| line.not_applicable_reason.clone());
    let stamp = |s: Option<Stamp>| {
        s.map_or_else(
            || "—".to_owned(),
            |s| format!("{} · {}", s.by, format_date_time(s.at)),
        )
    };
    let worker = if line.needs_acknowledgement() {
        stamp(line.acknowledged.clone())
    } else {
        "—".to_owned()
    };
    // Each cell names its column (`data-label`): on a phone the rows reflow into cards
    // and the column headings are not beside them (style/main.css).
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td data-label=t_string!(i18n, supports.col_status).to_string()>{status_label(i18n, line.status)}</td>
            <td data-label=t_string!(i18n, supports.col_delivery).to_string()>
                {delivery.unwrap_or_else(|| reason.unwrap_or_else(|| "—".to_owned()))}
                {line.content.clone().filter(|c| !c.is_empty()).map(|c| view! { <p class="pre">{c}</p> })}
            </td>
            <td data-label=t_string!(i18n, supports.col_worker).to_string()>{worker}</td>
            <td data-label=t_string!(i18n, supports.col_company).to_string()>{stamp(line.confirmed.clone())}</td>
        </tr>
    }
}
