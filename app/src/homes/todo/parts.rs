//! The homes' lists: each line one sentence in the reader's language and one tap to the
//! page where it is done; urgent lines first and marked in words, not only in colour.

use leptos::prelude::*;
use leptos_i18n::{t, t_string};
use leptos_router::components::A;

use super::{CompanyTodo, Shortlist, StaffTodo, WorkerTask, WorkerTodo};
use crate::{
    consultations::{category_name, thread_title},
    documents::kind_name as document_name,
    domain::ExpiryAlert,
    i18n::use_i18n,
    locale::format_date_time,
    paths,
    supports::{DueLine, kind_name as support_name, line_name},
};

/// `/me`: the greeting, then "What to do next", on the first screen of a phone.
#[component]
pub fn WorkerTodoList(greeting: String, todo: WorkerTodo) -> impl IntoView {
    let i18n = use_i18n();
    let empty = todo.tasks.is_empty();
    view! {
        <section class="card stack todo-card" aria-labelledby="todo-title">
            <h1>{greeting}</h1>
            <h2 id="todo-title">{t!(i18n, todo.title)}</h2>
            {empty.then(|| view! { <p>{t!(i18n, todo.nothing)}</p> })}
            <ul class="list todo" data-testid="todo">
                {todo.tasks.into_iter().map(|task| {
                    let urgent = task.urgent();
                    view! {
                        <TodoLine href=task.href() urgent>{sentence(&task)}</TodoLine>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// One task as a worker reads it.
fn sentence(task: &WorkerTask) -> String {
    let i18n = use_i18n();
    match task {
        WorkerTask::ReadReply { category, .. } => {
            let category = category_name(i18n, *category);
            t_string!(i18n, todo.read_reply, category).to_string()
        }
        WorkerTask::Renew {
            document,
            expires_on,
            alert,
        } => {
            let document = document_name(i18n, *document);
            let date = expires_on.to_string();
            if *alert == ExpiryAlert::Expired {
                t_string!(i18n, todo.expired, document, date).to_string()
            } else {
                t_string!(i18n, todo.renew, document, date).to_string()
            }
        }
        WorkerTask::Interview { starts_at } => {
            let at = format_date_time(*starts_at);
            t_string!(i18n, todo.interview, at).to_string()
        }
        WorkerTask::BookInterview { due_on, .. } => {
            let date = due_on.to_string();
            t_string!(i18n, todo.book_interview, date).to_string()
        }
        WorkerTask::SendAgain { document } => {
            let document = document_name(i18n, *document);
            t_string!(i18n, todo.send_again, document).to_string()
        }
        WorkerTask::Send { document } => {
            let document = document_name(i18n, *document);
            t_string!(i18n, todo.send, document).to_string()
        }
        WorkerTask::Acknowledge { kind, .. } => {
            let support = support_name(i18n, *kind);
            t_string!(i18n, todo.acknowledge, support).to_string()
        }
    }
}

/// A line that is one link, the whole width of the phone.
#[component]
fn TodoLine(href: String, urgent: bool, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <li class:urgent=urgent>
            <A href=href>
                <span>{children()}</span>
                {urgent.then(|| view! { <span class="badge urgent">{t!(i18n, todo.urgent)}</span> })}
            </A>
        </li>
    }
}

/// "See all (12)" under a list that shows only its first lines.
#[component]
fn SeeAll(href: &'static str, total: usize, shown: usize) -> impl IntoView {
    let i18n = use_i18n();
    (total > shown).then(|| {
        view! {
            <p><A href=href>{t_string!(i18n, todo.see_all, count = total).to_string()}</A></p>
        }
    })
}

/// `/company`: supports to confirm, supervisor interviews to book.
#[component]
pub fn CompanyTodoList(todo: CompanyTodo) -> impl IntoView {
    let i18n = use_i18n();
    let CompanyTodo {
        to_confirm: Shortlist { items, total },
        supervisor_interviews,
    } = todo;
    let nothing = total == 0 && supervisor_interviews.is_empty();
    view! {
        {nothing.then(|| view! {
            <section class="card stack">
                <h2>{t!(i18n, todo.title)}</h2>
                <p>{t!(i18n, todo.nothing)}</p>
            </section>
        })}
        {(total > 0).then(|| view! {
            <section class="card stack" aria-labelledby="confirm-todo">
                <h2 id="confirm-todo">{t!(i18n, supports.confirm_title)}</h2>
                <ul class="list todo" data-testid="todo-confirm">
                    {items.into_iter().map(|item| view! {
                        <TodoLine href=paths::support(item.line.id) urgent=false>
                            {item.worker_name.clone()} " · " {line_name(i18n, &item.line)}
                        </TodoLine>
                    }).collect_view()}
                </ul>
                // Several are confirmed at once on the list's own page.
                <p>
                    <A href=paths::COMPANY_CONFIRMATIONS attr:class="button">
                        {t_string!(i18n, todo.confirm_all, count = total).to_string()}
                    </A>
                </p>
            </section>
        })}
        {(!supervisor_interviews.is_empty()).then(|| view! {
            <section class="card stack" aria-labelledby="supervisor-todo">
                <h2 id="supervisor-todo">{t!(i18n, todo.supervisor_title)}</h2>
                <ul class="list todo" data-testid="todo-supervisor">
                    {supervisor_interviews.into_iter().map(|due| {
                        let date = due.due_on.to_string();
                        let when = match due.booked_at {
                            // Booked: when, never "overdue"; after the due date, said so.
                            Some(starts_at) => {
                                let at = format_date_time(starts_at);
                                if due.late {
                                    t_string!(i18n, dashboard.booked_late, at, date).to_string()
                                } else {
                                    t_string!(i18n, dashboard.booked_for, at).to_string()
                                }
                            }
                            None if due.overdue => {
                                t_string!(i18n, dashboard.overdue_since, date).to_string()
                            }
                            None => t_string!(i18n, dashboard.due_by, date).to_string(),
                        };
                        view! {
                            <TodoLine href=paths::worker_interviews(due.worker_id) urgent=due.overdue>
                                {due.worker_name.clone()} " · " {when}
                            </TodoLine>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
}

/// `/staff`: consultations owed an answer, documents to review, what falls due.
#[component]
pub fn StaffTodoList(todo: StaffTodo) -> impl IntoView {
    let i18n = use_i18n();
    let StaffTodo {
        time_wanted,
        consultations,
        documents,
        due,
    } = todo;
    // Shown only while someone waits: a worker who found no free time is stuck until
    // staff offer one (book for them, or publish times).
    let time_wanted = (!time_wanted.items.is_empty()).then(|| view! {
        <StaffSection
            id="time-wanted-todo"
            title=t_string!(i18n, todo.time_wanted_title).to_string()
            list_class="list todo"
            href=paths::STAFF_INTERVIEWS
            total=time_wanted.total
            shown=time_wanted.items.len()
        >
            {time_wanted.items.into_iter().map(|w| view! {
                <TodoLine href=paths::worker_interviews(w.worker_id) urgent=true>
                    {w.worker_name.clone()} " · "
                    {t_string!(i18n, todo.time_wanted_line, at = format_date_time(w.asked_at)).to_string()}
                </TodoLine>
            }).collect_view()}
        </StaffSection>
    });
    view! {
        {time_wanted}
        <StaffSection
            id="consultations-todo"
            title=t_string!(i18n, todo.consultations_title).to_string()
            list_class="list todo"
            href=paths::CONSULTATION_INBOX
            total=consultations.total
            shown=consultations.items.len()
        >
            {consultations.items.into_iter().map(|c| view! {
                <TodoLine href=paths::staff_consultation(c.id) urgent=c.urgent>
                    {c.worker.clone().unwrap_or_default()} " · " {thread_title(i18n, &c)}
                </TodoLine>
            }).collect_view()}
        </StaffSection>
        <StaffSection
            id="documents-todo"
            title=t_string!(i18n, todo.documents_title).to_string()
            list_class="list todo"
            href=paths::REVIEW_QUEUE
            total=documents.total
            shown=documents.items.len()
        >
            {documents.items.into_iter().map(|d| view! {
                <TodoLine href=paths::review(d.id) urgent=false>
                    {d.worker_name.clone()} " · " {document_name(i18n, d.kind)}
                </TodoLine>
            }).collect_view()}
        </StaffSection>
        <StaffSection
            id="due-todo"
            title=t_string!(i18n, todo.due_title).to_string()
            list_class="list due"
            href=paths::STAFF_DASHBOARD
            total=due.total
            shown=due.items.len()
        >
            {due.items.into_iter().map(|item| view! { <DueLine item/> }).collect_view()}
        </StaffSection>
    }
}

/// One of the staff home's lists: its first lines, "nothing waiting" when empty, and a
/// link to the page with all of them. `id` names the section and, for tests, the list.
#[component]
fn StaffSection(
    id: &'static str,
    title: String,
    list_class: &'static str,
    href: &'static str,
    total: usize,
    shown: usize,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card stack" aria-labelledby=id>
            <h2 id=id>{title}</h2>
            {(shown == 0).then(|| view! { <p>{t!(i18n, todo.none_waiting)}</p> })}
            <ul class=list_class data-testid=id>{children()}</ul>
            <SeeAll href total shown/>
        </section>
    }
}
