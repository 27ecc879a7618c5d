//! `/staff/consultations` (the inbox, urgent and oldest first) and
//! `/staff/consultations/:id` (the thread with its notes, reply, hand-over and the
//! consultation record 参考様式5-4).

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};

use crate::consultations::{
    AssignConsultation, ConsultationItem, Inbox, RecordView, ResolveConsultation, Thread,
    consultation_inbox,
    labels::{I18n, error_message, saved_message, status_name, thread_title},
    parts::{HoursCard, MessageForm, MessageList, returned_here, saved, thread_of_route},
};
use crate::{
    error::AppError,
    i18n::use_i18n,
    layout::{
        DeskAnswer, DeskCount, DeskLinks, DeskPager, DeskSearch, FormOutcome, PageTitle,
        ReloadForms, SortHeader, guarded,
    },
    locale::format_date_time,
    paths,
};

#[component]
pub fn InboxPage() -> impl IntoView {
    let i18n = use_i18n();
    let links = DeskLinks::from_query(paths::CONSULTATION_INBOX, &["resolved"]);
    let resolved = Some(links.filter("resolved")).filter(|r| !r.is_empty());
    let load = consultation_inbox(
        resolved.clone(),
        Some(links.q()),
        Some(links.sort()),
        Some(links.dir()),
        Some(links.page()),
    );
    guarded(load, move |inbox: Inbox| {
        let title = t_string!(i18n, consultation.inbox_title).to_string();
        let answer = inbox.answer.clone();
        let lines = inbox.items.len();
        let table = (lines > 0).then(|| inbox_table(i18n, &links, &answer, inbox.items));
        let (switch_href, switch_label) = if inbox.resolved {
            (
                "/staff/consultations",
                t_string!(i18n, consultation.show_open).to_string(),
            )
        } else {
            (
                "/staff/consultations?resolved=1",
                t_string!(i18n, consultation.show_resolved).to_string(),
            )
        };
        view! {
            <PageTitle page=title.clone()/>
            <section class="card stack desk">
                <h1>{title.clone()}</h1>
                <nav class="links">
                    <a href=switch_href>{switch_label}</a>
                    <a href=paths::OPENING_HOURS>{t!(i18n, consultation.hours_title)}</a>
                </nav>
                <DeskSearch links=links.clone() label=t_string!(i18n, desk.search_people).to_string()>
                    {resolved.clone().map(|r| view! { <input type="hidden" name="resolved" value=r/> })}
                </DeskSearch>
                <DeskCount answer=answer.clone() lines empty=t_string!(i18n, consultation.inbox_empty).to_string()/>
                {table}
                <DeskPager links=links.clone() answer=answer.clone()/>
            </section>
            <section class="card stack">
                <h2>{t!(i18n, consultation.hours_title)}</h2>
                <HoursCard reachable=inbox.reachable/>
            </section>
        }
    })
}

/// The inbox as a table: one row a thread, its link on what it is about.
fn inbox_table(
    i18n: I18n,
    links: &DeskLinks,
    answer: &DeskAnswer,
    items: Vec<ConsultationItem>,
) -> impl IntoView + use<> {
    let heads = [
        t_string!(i18n, consultation.col_worker).to_string(),
        t_string!(i18n, consultation.col_about).to_string(),
        t_string!(i18n, consultation.col_status).to_string(),
        t_string!(i18n, consultation.col_opened).to_string(),
        t_string!(i18n, consultation.col_last).to_string(),
        t_string!(i18n, consultation.col_handler).to_string(),
    ];
    let header = |column: &'static str, label: &String| {
        view! { <SortHeader links=links.clone() answer=answer.clone() column label=label.clone()/> }
    };
    let head = view! {
        <tr>
            {header("worker", &heads[0])}
            <th scope="col">{heads[1].clone()}</th>
            {header("priority", &heads[2])}
            {header("opened", &heads[3])}
            {header("last", &heads[4])}
            <th scope="col">{heads[5].clone()}</th>
        </tr>
    };
    let rows = items
        .into_iter()
        .map(|item| {
            let href = paths::staff_consultation(item.id);
            let class = if item.unread { "consultation unread" } else { "consultation" };
            view! {
                <tr class=class>
                    <th scope="row" data-label=heads[0].clone()>{item.worker.clone().unwrap_or_default()}</th>
                    <td data-label=heads[1].clone()>
                        <a href=href class="item-link">{thread_title(i18n, &item)}</a>
                        {item.urgent.then(|| view! { " " <span class="badge urgent">{t!(i18n, consultation.urgent)}</span> })}
                        {item.unread.then(|| view! { " " <span class="badge new">{t!(i18n, consultation.new_message)}</span> })}
                    </td>
                    <td data-label=heads[2].clone()><span class="badge">{status_name(i18n, item.status)}</span></td>
                    <td data-label=heads[3].clone()>{format_date_time(item.opened_at)}</td>
                    <td data-label=heads[4].clone()>{format_date_time(item.last_message_at)}</td>
                    <td data-label=heads[5].clone()>{item.assigned_to.clone().unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="desk-table inbox">
            <caption>{t!(i18n, consultation.inbox_title)}</caption>
            <thead>{head}</thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[component]
pub fn StaffConsultationPage() -> impl IntoView {
    let i18n = use_i18n();
    let saved = saved();
    let load = thread_of_route();
    let returned = returned_here();
    let load = async move {
        // Staff's page (their record, hand-over and notes): the worker whose thread it is
        // reads it on her own page; anyone else is refused here, before the thread is read
        // (reading marks it read).
        let me = crate::auth::me().await?.ok_or(AppError::Unauthorized)?;
        if !me.role.is_staff() {
            return Err(AppError::Forbidden);
        }
        Ok((load.await?, returned))
    };
    guarded(load, move |(thread, returned): (Thread, _)| {
        let title = thread_title(i18n, &thread.item);
        let worker = thread.item.worker.clone().unwrap_or_default();
        let worker_link = thread.worker_id.map(paths::worker);
        let id = thread.item.id;
        view! {
            <PageTitle page=format!("{worker} · {title}")/>
            <ReloadForms/>
            <section class="card stack">
                <p><a href=paths::CONSULTATION_INBOX>{t!(i18n, consultation.back_to_inbox)}</a></p>
                <h1>{title}</h1>
                <p>
                    {thread.item.urgent.then(|| view! { <span class="badge urgent">{t!(i18n, consultation.urgent)}</span> })}
                    <span class="badge">{status_name(i18n, thread.item.status)}</span>
                </p>
                <p><a href=worker_link.unwrap_or_default()>{worker}</a></p>
                <FormOutcome saved=saved_message error=error_message/>
                <MessageList messages=thread.messages.clone() staff_reader=true/>
            </section>
            <section class="card stack" aria-labelledby="reply-title">
                <h2 id="reply-title">{t!(i18n, consultation.reply_title)}</h2>
                <MessageForm thread=Some(id) staff=true saved=saved.clone() returned/>
            </section>
            {assign_form(i18n, &thread)}
            {record_part(i18n, &thread)}
        }
    })
}

fn assign_form(i18n: I18n, thread: &Thread) -> impl IntoView + use<> {
    let current = thread.assigned_to_id;
    let options = thread
        .staff
        .iter()
        .map(|s| {
            let selected = current == Some(s.id);
            view! { <option value=s.id.to_string() selected=selected>{s.name.clone()}</option> }
        })
        .collect_view();
    view! {
        <section class="card stack" aria-labelledby="assign-title">
            <h2 id="assign-title">{t!(i18n, consultation.assign_title)}</h2>
            <form method="post" action=AssignConsultation::url() class="stack" data-reload="true">
                <input type="hidden" name="id" value=thread.item.id.to_string()/>
                <input type="hidden" name="version" value=thread.version.to_string()/>
                <label for="assignee">{t!(i18n, consultation.assignee_label)}</label>
                <select id="assignee" name="assignee">
                    <option value="" selected=current.is_none()>{t!(i18n, consultation.nobody)}</option>
                    {options}
                </select>
                <button type="submit" class="button secondary">{t!(i18n, consultation.assign)}</button>
            </form>
        </section>
    }
}

fn record_part(i18n: I18n, thread: &Thread) -> impl IntoView + use<> {
    let record = thread.record.clone().map(|r| record_facts(i18n, r));
    let today = thread.today.to_string();
    view! {
        <section class="card stack" aria-labelledby="record-title">
            <h2 id="record-title">{t!(i18n, consultation.record_title)}</h2>
            <p class="hint">{t!(i18n, consultation.record_hint)}</p>
            {record}
            <form method="post" action=ResolveConsultation::url() class="stack" data-reload="true">
                <input type="hidden" name="id" value=thread.item.id.to_string()/>
                <input type="hidden" name="version" value=thread.version.to_string()/>
                <label for="held_on">{t!(i18n, consultation.held_on)}</label>
                <input id="held_on" type="date" name="held_on" value=today required/>
                <label for="content">{t!(i18n, consultation.content)}</label>
                <textarea id="content" name="content" rows="4" required></textarea>
                <label for="response">{t!(i18n, consultation.response)}</label>
                <textarea id="response" name="response" rows="4" required></textarea>
                <label for="referred_to">{t!(i18n, consultation.referred_to)}</label>
                <input id="referred_to" name="referred_to"/>
                <p class="hint">{t!(i18n, consultation.referred_hint)}</p>
                <button type="submit" class="button">{t!(i18n, consultation.resolve)}</button>
            </form>
        </section>
    }
}

fn record_facts(i18n: I18n, record: RecordView) -> impl IntoView {
    view! {
        <dl class="facts">
            <dt>{t!(i18n, consultation.held_on)}</dt>
            <dd>{record.held_on.to_string()}</dd>
            <dt>{t!(i18n, consultation.content)}</dt>
            <dd>{record.content}</dd>
            <dt>{t!(i18n, consultation.response)}</dt>
            <dd>{record.response}</dd>
            <dt>{t!(i18n, consultation.referred_to)}</dt>
            <dd>{record.referred_to.unwrap_or_else(|| t_string!(i18n, consultation.not_referred).to_string())}</dd>
            <dt>{t!(i18n, consultation.resolved_by)}</dt>
            <dd>{record.resolved_by.unwrap_or_default()}</dd>
        </dl>
    }
}
