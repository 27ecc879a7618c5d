use leptos::prelude::*;
use leptos_i18n::{t, t_string};
use leptos_router::hooks::use_query_map;

use crate::audit::{AuditPage, audit_log, labels};
use crate::{
    domain::{AuditAction, UserId, WorkerId},
    i18n::use_i18n,
    layout::{PageTitle, guarded, options_html},
    locale::format_date_time,
};

/// `/staff/audit`: the audit log as sentences, filtered by who did it, whose record it
/// was, the action and the dates, with a plain GET form (works without JavaScript).
#[component]
pub fn AuditLogPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let person = query.get("person").and_then(|p| p.parse::<UserId>().ok());
    let worker = query.get("worker").and_then(|w| w.parse::<WorkerId>().ok());
    // The server checks these; the form only offers good values.
    let (action, from, to) = (query.get("action"), query.get("from"), query.get("to"));
    guarded(
        audit_log(person, worker, action, from, to),
        move |page: AuditPage| {
            let locale = i18n.get_locale();
            let any = t_string!(i18n, audit.any).to_owned();
            let choices = |options: Vec<(String, String)>, selected: Option<String>| {
                options_html(
                    std::iter::once((String::new(), any.clone())).chain(options),
                    &selected.unwrap_or_default(),
                )
            };
            let f = page.filter.clone();
            let people_html = choices(
                page.people
                    .iter()
                    .map(|(id, n)| (id.to_string(), n.clone()))
                    .collect(),
                f.person.map(|p| p.to_string()),
            );
            let workers_html = choices(
                page.workers
                    .iter()
                    .map(|(id, n)| (id.to_string(), n.clone()))
                    .collect(),
                f.worker.map(|w| w.to_string()),
            );
            let actions_html = choices(
                AuditAction::ALL
                    .iter()
                    .map(|a| (a.code().to_owned(), labels::action_name(locale, *a)))
                    .collect(),
                f.action.map(|a| a.code().to_owned()),
            );
            let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
            let japan_time = t_string!(i18n, audit.japan_time).to_string();
            let count = page.lines.len();
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
                            <label for="worker">{t!(i18n, audit.worker)}</label>
                            <select id="worker" name="worker" inner_html=workers_html></select>
                        </div>
                        <div class="field">
                            <label for="action">{t!(i18n, audit.action)}</label>
                            <select id="action" name="action" inner_html=actions_html></select>
                        </div>
                        <div class="field">
                            <label for="from">{t!(i18n, audit.from)}</label>
                            <input id="from" name="from" type="date" value=date(f.from)/>
                        </div>
                        <div class="field">
                            <label for="to">{t!(i18n, audit.to)}</label>
                            <input id="to" name="to" type="date" value=date(f.to)/>
                        </div>
                        <button type="submit" class="button secondary">{t!(i18n, audit.filter)}</button>
                    </form>
                </section>
                <section class="card" aria-labelledby="audit-lines">
                    <h2 id="audit-lines">{t!(i18n, audit.lines)}</h2>
                    {if count == 0 {
                        view! { <p>{t!(i18n, audit.none)}</p> }.into_any()
                    } else {
                        view! { <p class="hint">{t!(i18n, audit.count, count)}</p> }.into_any()
                    }}
                    <ol class="list audit">
                        {page.lines.into_iter().map(|line| {
                            let said = labels::sentence(locale, &line);
                            let at = format!("{} ({japan_time})", format_date_time(line.at));
                            view! {
                                <li>
                                    <time datetime=line.at.to_rfc3339()>{at}</time>
                                    " " <span class="audit-sentence">{said}</span>
                                    {line.ip.map(|ip| view! { " " <span class="hint">{ip}</span> })}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                </section>
            }
        },
    )
}
