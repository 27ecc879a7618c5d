use leptos::prelude::*;
use leptos_i18n::{t, t_string};
use leptos_router::hooks::use_query_map;

use crate::audit::{AuditPage, audit_log};
use crate::{
    domain::UserId,
    i18n::use_i18n,
    layout::{PageTitle, guarded, options_html},
    locale::format_date_time,
};

/// `/staff/audit`: the audit log, filtered by person and by action with a plain GET form.
#[component]
pub fn AuditLogPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let person = query.get("person").and_then(|p| p.parse::<UserId>().ok());
    let action = query.get("action").filter(|a| !a.is_empty());
    let selected_action = action.clone().unwrap_or_default();
    guarded(audit_log(person, action), move |page: AuditPage| {
        let any = t_string!(i18n, audit.any).to_owned();
        let people_html = options_html(
            std::iter::once((String::new(), any.clone())).chain(
                page.people
                    .iter()
                    .map(|(id, name)| (id.to_string(), name.clone())),
            ),
            &person.map(|p| p.to_string()).unwrap_or_default(),
        );
        let actions_html = options_html(
            std::iter::once((String::new(), any))
                .chain(page.actions.iter().map(|a| (a.clone(), a.clone()))),
            &selected_action,
        );
        let empty = page.lines.is_empty();
        view! {
            <PageTitle page=t_string!(i18n, audit.title).to_string()/>
            <section class="card">
                <h1>{t!(i18n, audit.title)}</h1>
                <form class="stack" method="get" action="/staff/audit">
                    <div class="field">
                        <label for="person">{t!(i18n, audit.person)}</label>
                        <select id="person" name="person" inner_html=people_html></select>
                    </div>
                    <div class="field">
                        <label for="action">{t!(i18n, audit.action)}</label>
                        <select id="action" name="action" inner_html=actions_html></select>
                    </div>
                    <button type="submit" class="button secondary">{t!(i18n, audit.filter)}</button>
                </form>
            </section>
            <section class="card" aria-labelledby="audit-lines">
                <h2 id="audit-lines">{t!(i18n, audit.lines)}</h2>
                {empty.then(|| view! { <p>{t!(i18n, audit.none)}</p> })}
                <ol class="list audit">
                    {page.lines.into_iter().map(|line| view! {
                        <li>
                            <time datetime=line.at.to_rfc3339()>{format_date_time(line.at)}</time>
                            " " <code>{line.action}</code>
                            " " {line.actor.unwrap_or_else(|| "—".to_owned())}
                            {line.subject.map(|s| format!(" → {s}"))}
                            {line.ip.map(|ip| view! { " " <span class="hint">{ip}</span> })}
                        </li>
                    }).collect_view()}
                </ol>
            </section>
        }
    })
}
