//! `/workers/:id/record`: the support-implementation record, printable on A4.

use leptos::prelude::*;
use leptos_i18n::{t, t_string};

use crate::supports::{
    DeliveryLine, Stamp, SupportLine,
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
                        {plan.lines.iter().map(|line| {
                            let deliveries: Vec<DeliveryLine> = plan.deliveries_of(line.id).cloned().collect();
                            view! { <RecordRows line=line.clone() deliveries/> }
                        }).collect_view()}
                    </tbody>
                </table>
            </article>
        }
    })
}

/// One support: a row per current delivery (a recurring support has many), or one row
/// with why there is none.
#[component]
fn RecordRows(line: SupportLine, deliveries: Vec<DeliveryLine>) -> impl IntoView {
    let i18n = use_i18n();
    let name = line_name(i18n, &line);
    let status = status_label(i18n, line.status);
    let stamp = |s: Option<Stamp>| {
        s.map_or_else(
            || "—".to_owned(),
            |s| format!("{} · {}", s.by, format_date_time(s.at)),
        )
    };
    let col = move |key: &str| match key {
        "status" => t_string!(i18n, supports.col_status).to_string(),
        "delivery" => t_string!(i18n, supports.col_delivery).to_string(),
        "worker" => t_string!(i18n, supports.col_worker).to_string(),
        _ => t_string!(i18n, supports.col_company).to_string(),
    };
    if deliveries.is_empty() {
        let reason = line
            .rule_reason()
            .map(|code| rule_reason(i18n, code))
            .or_else(|| line.reason.clone())
            .unwrap_or_else(|| "—".to_owned());
        return view! {
            <tr>
                <th scope="row">{name}</th>
                <td data-label=col("status")>{status}</td>
                <td data-label=col("delivery")>{reason}</td>
                <td data-label=col("worker")>"—"</td>
                <td data-label=col("company")>"—"</td>
            </tr>
        }
        .into_any();
    }
    let needs_acknowledgement = line.needs_acknowledgement();
    // Each cell names its column (`data-label`): on a phone the rows reflow into cards
    // and the column headings are not beside them (style/main.css).
    deliveries
        .into_iter()
        .map(|d| {
            let language = d.language.as_deref().map_or(String::new(), language_name);
            let mode = d.mode.map(|m| mode_label(i18n, m)).unwrap_or_default();
            let minutes = d.duration_minutes.unwrap_or_default();
            let delivery = format!(
                "{} · {} · {language} · {mode} · {minutes}{}",
                d.delivered_on,
                d.delivered_by.clone().unwrap_or_default(),
                t_string!(i18n, supports.minutes_short)
            );
            let worker = if needs_acknowledgement {
                stamp(d.acknowledged.clone())
            } else {
                "—".to_owned()
            };
            view! {
                <tr>
                    <th scope="row">{name.clone()}</th>
                    <td data-label=col("status")>{status.clone()}</td>
                    <td data-label=col("delivery")>
                        {delivery}
                        {d.late.then(|| view! { " " <span class="badge late">{t!(i18n, supports.late)}</span> })}
                        {d.sessions.clone().filter(|s| !s.is_empty()).map(|s| view! { <p class="pre">{s}</p> })}
                        {d.content.clone().filter(|c| !c.is_empty()).map(|c| view! { <p class="pre">{c}</p> })}
                    </td>
                    <td data-label=col("worker")>{worker}</td>
                    <td data-label=col("company")>{stamp(d.confirmed.clone())}</td>
                </tr>
            }
        })
        .collect_view()
        .into_any()
}
