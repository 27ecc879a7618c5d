//! `/supports/:id`: one support, with the forms of whoever may act on it.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::t;
use leptos_router::components::A;

use crate::supports::{
    AcknowledgeSupport, ConfirmSupports, SendBackSupport, SupportLine,
    labels::{kind_explain, status_label},
    pages::{
        deliveries::DeliveryList,
        plan::{Outcome, SupportFacts, line_name, status_class, with_route_id},
        staff_forms::StaffForms,
    },
    support_detail,
};
use crate::{
    i18n::use_i18n,
    layout::{PageTitle, guarded},
    locale::format_date_time,
    paths,
};

/// `/supports/:id`: one support with what the caller may do with it.
#[component]
pub fn SupportPage() -> impl IntoView {
    let i18n = use_i18n();
    guarded(with_route_id(support_detail), move |detail| {
        let line = detail.line.clone();
        let name = line_name(i18n, &line);
        let explanation = line.kind.map(|k| kind_explain(i18n, k));
        let can = detail.can;
        let back = if can.acknowledge {
            "/me/supports".to_owned()
        } else {
            paths::worker_supports(detail.worker_id)
        };
        view! {
            <PageTitle page=format!("{name} · {}", detail.worker_name)/>
            <section class="card stack">
                <p><A href=back>{t!(i18n, supports.back_to_plan)}</A></p>
                <h1>{name}</h1>
                <p>{detail.worker_name.clone()} " · " {detail.company_name.clone()}</p>
                <p><span class=status_class(line.status)>{status_label(i18n, line.status)}</span></p>
                {explanation.map(|e| view! { <p class="hint">{e}</p> })}
                <Outcome/>
                <SupportFacts line=line.clone() for_worker=can.acknowledge/>
            </section>
            {(can.acknowledge && line.awaits_worker()).then(|| view! {
                <section class="card stack">
                    <p class="hint">{t!(i18n, supports.acknowledge_hint)}</p>
                    <form method="post" action=AcknowledgeSupport::url()>
                        <input type="hidden" name="id" value=line.id.to_string()/>
                        <input type="hidden" name="version" value=line.version.to_string()/>
                        <button type="submit" class="button">{t!(i18n, supports.acknowledge_button)}</button>
                    </form>
                </section>
            }.into_any())}
            {(can.confirm && line.awaits_company()).then(|| view! { <CompanyForms line=line.clone()/> }.into_any())}
            {(detail.deliveries.len() > 1).then(|| view! {
                <DeliveryList deliveries=detail.deliveries.clone()/>
            }.into_any())}
            {can.record.then(|| view! { <StaffForms line=line.clone()/> }.into_any())}
            {(!detail.history.is_empty()).then(|| view! {
                <section class="card" aria-labelledby="history-title">
                    <h2 id="history-title">{t!(i18n, supports.history_title)}</h2>
                    <ul class="list audit">
                        {detail.history.into_iter().map(|h| view! {
                            <li>
                                <strong>{format_date_time(h.at)}</strong> " · "
                                {h.actor.unwrap_or_default()}
                                {h.from.zip(h.to).map(|(from, to)| format!(
                                    " · {} → {}",
                                    status_label(i18n, from),
                                    status_label(i18n, to)
                                ))}
                                {h.note.map(|n| view! { <p class="pre">{n}</p> })}
                                <details><summary>{t!(i18n, supports.history_detail)}</summary>
                                    <code>{h.action}</code>
                                    <pre class="pre">{h.detail}</pre>
                                </details>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }.into_any())}
        }
    })
}

#[component]
fn CompanyForms(line: SupportLine) -> impl IntoView {
    let i18n = use_i18n();
    let returned = crate::layout::returned_fields();
    let (id, version) = (line.id.to_string(), line.version.to_string());
    view! {
        <section class="card stack">
            <form method="post" action=ConfirmSupports::url()>
                <input type="hidden" name="item[0]" value=format!("{id}:{version}")/>
                <button type="submit" class="button">{t!(i18n, supports.confirm_one)}</button>
            </form>
        </section>
        <section class="card stack">
            <h2>{t!(i18n, supports.send_back_title)}</h2>
            <form class="stack" method="post" action=SendBackSupport::url()>
                <input type="hidden" name="id" value=id.clone()/>
                <input type="hidden" name="version" value=version.clone()/>
                <div class="field">
                    <label for="comment">{t!(i18n, supports.send_back_comment)}</label>
                    <textarea id="comment" name="comment" required maxlength="2000" rows="3">
                        {returned.text("comment")}
                    </textarea>
                </div>
                <button type="submit" class="button secondary">{t!(i18n, supports.send_back_button)}</button>
            </form>
        </section>
    }
}
