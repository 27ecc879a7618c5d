//! Every delivery of a support, every version: the running log of a recurring support and
//! the corrections, each with its own acknowledgement and confirmation.

use leptos::prelude::*;
use leptos_i18n::{t, t_string};

use crate::supports::{DeliveryLine, labels::mode_label, pages::plan::language_name};
use crate::{i18n::use_i18n, locale::format_date_time};

/// The deliveries, newest first; a replaced version is marked and kept.
#[component]
pub(super) fn DeliveryList(deliveries: Vec<DeliveryLine>) -> impl IntoView {
    let i18n = use_i18n();
    let mut deliveries = deliveries;
    deliveries.reverse();
    view! {
        <section class="card" aria-labelledby="deliveries-title">
            <h2 id="deliveries-title">{t!(i18n, supports.deliveries)}</h2>
            <ul class="list deliveries">
                {deliveries.into_iter().map(|d| view! { <DeliveryItem d/> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn DeliveryItem(d: DeliveryLine) -> impl IntoView {
    let i18n = use_i18n();
    let mut facts = vec![d.delivered_on.to_string()];
    facts.extend(
        d.duration_minutes
            .map(|m| format!("{m} {}", t_string!(i18n, supports.minutes_short))),
    );
    facts.extend(d.delivered_by.clone());
    facts.extend(d.language.as_deref().map(language_name));
    facts.extend(d.mode.map(|m| mode_label(i18n, m)));
    let stamps = [
        d.acknowledged.clone().map(|s| {
            format!(
                "{} {} · {}",
                t_string!(i18n, supports.acknowledged_by),
                s.by,
                format_date_time(s.at)
            )
        }),
        d.confirmed.clone().map(|s| {
            format!(
                "{} {} · {}",
                t_string!(i18n, supports.confirmed_by),
                s.by,
                format_date_time(s.at)
            )
        }),
    ];
    view! {
        <li class:superseded=d.superseded>
            <p>
                <strong>{facts.join(" · ")}</strong>
                {d.late.then(|| view! { " " <span class="badge late">{t!(i18n, supports.late)}</span> })}
                {d.superseded.then(|| view! {
                    " " <span class="badge muted">{t!(i18n, supports.superseded)}</span>
                })}
            </p>
            {d.correction_reason.clone().map(|reason| view! {
                <p class="hint">{t!(i18n, supports.corrects, reason)}</p>
            })}
            {d.content.clone().filter(|c| !c.is_empty()).map(|c| view! { <p class="pre">{c}</p> })}
            {stamps.into_iter().flatten().map(|s| view! { <p class="hint">{s}</p> }).collect_view()}
            {d.sent_back_comment.clone().map(|c| view! {
                <p class="pre">{t!(i18n, supports.sent_back_comment)} ": " {c}</p>
            })}
            {d.internal_note.clone().filter(|n| !n.is_empty()).map(|n| view! {
                <p class="pre internal">{n}</p>
            })}
        </li>
    }
}
