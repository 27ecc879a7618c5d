//! The support pages: a worker's plan, "My supports", one support with its forms, the
//! company's confirmations, and the printable record. All are server-rendered forms that
//! work without wasm (post/redirect/get, see `form`).

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::{components::A, hooks::use_params_map};

use crate::supports::{
    AcknowledgeSupport, AddVoluntarySupport, SupportLine, WorkerPlan,
    labels::{
        error_message, kind_explain, kind_name, mode_label, rule_reason, saved_message,
        status_label,
    },
    my_support_plan, support_plan,
};
use crate::{
    domain::SupportStatus,
    error::AppError,
    i18n::use_i18n,
    layout::{FormOutcome, PageTitle, guarded},
    locale::{LANGUAGES, format_date_time},
    paths,
};

/// Loads with the route's `:id`; a malformed id is "not found", like an unknown one.
pub(super) async fn with_route_id<I, T, F>(load: impl FnOnce(I) -> F) -> Result<T, AppError>
where
    I: std::str::FromStr,
    F: std::future::Future<Output = Result<T, AppError>>,
{
    let id: Option<I> = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok());
    match id {
        Some(id) => load(id).await,
        None => Err(AppError::NotFound),
    }
}

/// The outcome of the last form post, in this feature's words.
#[component]
pub(super) fn Outcome() -> impl IntoView {
    view! { <FormOutcome saved=saved_message error=error_message/> }
}

pub(crate) fn line_name(i18n: crate::supports::labels::I18n, line: &SupportLine) -> String {
    match line.kind {
        Some(kind) => format!("{}. {}", kind.number(), kind_name(i18n, kind)),
        None => line.title.clone().unwrap_or_default(),
    }
}

/// A language by its own name ("Bahasa Indonesia"), as the record shows it.
pub(super) fn language_name(code: &str) -> String {
    LANGUAGES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(code.to_owned(), |(_, name)| (*name).to_owned())
}

pub(super) fn status_class(status: SupportStatus) -> &'static str {
    match status {
        SupportStatus::Planned => "badge planned",
        SupportStatus::Done | SupportStatus::Reopened => "badge waiting",
        SupportStatus::Acknowledged => "badge waiting",
        SupportStatus::Confirmed => "badge confirmed",
        SupportStatus::NotApplicable | SupportStatus::NotDelivered => "badge muted",
    }
}

/// What a support's card shows to everyone who may see it (the internal note only
/// reaches the page for staff: the server leaves it out for everybody else).
///
/// `for_worker` marks what staff wrote themselves (place, what was done, reasons): it is
/// usually Japanese, and the worker should know it is not in their language by mistake.
#[component]
pub(super) fn SupportFacts(line: SupportLine, #[prop(optional)] for_worker: bool) -> impl IntoView {
    let i18n = use_i18n();
    let by_staff = move || {
        for_worker.then(|| {
            view! { " " <span class="staff-wrote">{t!(i18n, supports.staff_wrote)}</span> }
        })
    };
    let language = line.language.as_deref().map(language_name);
    let reason = line
        .rule_reason()
        .map(|code| rule_reason(i18n, code))
        .or_else(|| line.reason.clone());
    view! {
        <dl class="facts">
            {line.due_on.filter(|_| line.status.is_open()).map(|d| view! {
                <dt>{t!(i18n, supports.due_on)}</dt><dd>{d.to_string()}</dd>
            })}
            {line.delivered_on.map(|d| view! {
                <dt>{t!(i18n, supports.delivered_on)}</dt>
                <dd>
                    {d.to_string()}
                    {line.late.then(|| view! { " " <span class="badge late">{t!(i18n, supports.late)}</span> })}
                </dd>
            })}
            {line.sessions.clone().filter(|s| !s.is_empty()).map(|s| view! {
                <dt>{t!(i18n, supports.sessions)}</dt><dd class="pre">{s}</dd>
            })}
            {line.not_delivered_on.map(|d| view! {
                <dt>{t!(i18n, supports.not_delivered_on)}</dt><dd>{d.to_string()}</dd>
            })}
            {line.duration_minutes.map(|m| view! {
                <dt>{t!(i18n, supports.duration_minutes)}</dt><dd>{m.to_string()}</dd>
            })}
            {line.delivered_by.clone().map(|by| view! {
                <dt>{t!(i18n, supports.delivered_by)}</dt><dd>{by}</dd>
            })}
            {language.map(|l| view! { <dt>{t!(i18n, supports.language)}</dt><dd>{l}</dd> })}
            {line.mode.map(|m| view! {
                <dt>{t!(i18n, supports.mode)}</dt><dd>{mode_label(i18n, m)}</dd>
            })}
            {line.place.clone().filter(|p| !p.is_empty()).map(|p| view! {
                <dt>{t!(i18n, supports.place)}{by_staff()}</dt><dd>{p}</dd>
            })}
            {line.content.clone().filter(|c| !c.is_empty()).map(|c| view! {
                <dt>{t!(i18n, supports.content)}{by_staff()}</dt><dd class="pre">{c}</dd>
            })}
            {reason.map(|r| view! { <dt>{t!(i18n, supports.reason)}{by_staff()}</dt><dd>{r}</dd> })}
            {line.acknowledged.clone().map(|s| view! {
                <dt>{t!(i18n, supports.acknowledged_by)}</dt>
                <dd>{s.by} " · " {format_date_time(s.at)}</dd>
            })}
            {line.confirmed.clone().map(|s| view! {
                <dt>{t!(i18n, supports.confirmed_by)}</dt>
                <dd>{s.by} " · " {format_date_time(s.at)}</dd>
            })}
            {line.sent_back_comment.clone().map(|c| view! {
                <dt>{t!(i18n, supports.sent_back_comment)}</dt><dd class="pre">{c}</dd>
            })}
            {line.internal_note.clone().filter(|n| !n.is_empty()).map(|n| view! {
                <dt>{t!(i18n, supports.internal_note)}</dt><dd class="pre internal">{n}</dd>
            })}
        </dl>
    }
    .into_any()
}

/// One support as a card: name, status, facts, and a link to its page.
#[component]
fn SupportCard(line: SupportLine, #[prop(optional)] explain: bool) -> impl IntoView {
    let i18n = use_i18n();
    let name = line_name(i18n, &line);
    let explanation = line.kind.filter(|_| explain).map(|k| kind_explain(i18n, k));
    let href = paths::support(line.id);
    view! {
        <li class="support">
            <div class="support-head">
                <A href=href>{name}</A>
                <span class=status_class(line.status)>{status_label(i18n, line.status)}</span>
            </div>
            {explanation.map(|e| view! { <p class="hint">{e}</p> })}
            // Explained for the worker: then what staff wrote is marked as theirs.
            <SupportFacts line for_worker=explain/>
        </li>
    }
}

/// One support in one line for its worker: name, status and date, opened on tap to the
/// explanation in the worker's language and what staff recorded.
#[component]
fn SupportLineFolded(line: SupportLine) -> impl IntoView {
    let i18n = use_i18n();
    let name = line_name(i18n, &line);
    let explanation = line.kind.map(|k| kind_explain(i18n, k));
    let date = match (line.delivered_on, line.due_on) {
        (Some(done), _) => {
            Some(t_string!(i18n, supports.line_done_on, date = done.to_string()).to_string())
        }
        (None, Some(due)) if line.status.is_open() => {
            Some(t_string!(i18n, supports.line_due_on, date = due.to_string()).to_string())
        }
        _ => None,
    };
    let href = paths::support(line.id);
    view! {
        <li class="support folded">
            <details>
                <summary class="support-head">
                    <span class="support-name">{name}</span>
                    <span class=status_class(line.status)>{status_label(i18n, line.status)}</span>
                    {date.map(|d| view! { <span class="hint">{d}</span> })}
                </summary>
                <div class="stack support-body">
                    {explanation.map(|e| view! { <p>{e}</p> })}
                    <SupportFacts line for_worker=true/>
                    <p><A href=href>{t!(i18n, supports.open_support)}</A></p>
                </div>
            </details>
        </li>
    }
}

/// `/workers/:id/supports`: a worker's plan for staff, their company or themselves.
#[component]
pub fn SupportPlanPage() -> impl IntoView {
    guarded(
        with_route_id(support_plan),
        |plan| view! { <PlanView plan/> },
    )
}

#[component]
fn PlanView(plan: WorkerPlan) -> impl IntoView {
    let i18n = use_i18n();
    let returned = crate::layout::returned_fields();
    let worker_id = plan.worker_id;
    view! {
        <PageTitle page=t_string!(i18n, supports.plan_of, name = plan.worker_name.clone()).to_string()/>
        <section class="card stack">
            <h1>{t_string!(i18n, supports.plan_of, name = plan.worker_name.clone()).to_string()}</h1>
            <p><A href=paths::worker(worker_id)>{plan.worker_name.clone()}</A>
               " · " {plan.company_name.clone()}</p>
            <Outcome/>
            <ul class="links no-print">
                <li><A href=paths::worker_record(worker_id)>{t!(i18n, supports.record_link)}</A></li>
            </ul>
        </section>
        <section class="card">
            <ul class="list supports">
                {plan.lines.into_iter().map(|line| view! { <SupportCard line/> }).collect_view()}
            </ul>
        </section>
        {plan.can.record.then(|| view! {
            <section class="card stack no-print">
                <h2>{t!(i18n, supports.voluntary_title)}</h2>
                <p class="hint">{t!(i18n, supports.voluntary_hint)}</p>
                <form class="stack" method="post" action=AddVoluntarySupport::url()>
                    <input type="hidden" name="worker_id" value=worker_id.to_string()/>
                    <div class="field">
                        <label for="title">{t!(i18n, supports.voluntary_name)}</label>
                        <input id="title" name="title" required maxlength="200"
                            value=returned.text("title")/>
                    </div>
                    <div class="field">
                        <label for="due_on">{t!(i18n, supports.voluntary_due)}</label>
                        <input id="due_on" name="due_on" type="date"
                            value=returned.text("due_on")/>
                    </div>
                    <button type="submit" class="button secondary">{t!(i18n, supports.voluntary_add)}</button>
                </form>
            </section>
        })}
    }
}

/// `/me/supports`: the worker's own supports, what comes next first.
#[component]
pub fn MySupportsPage() -> impl IntoView {
    let i18n = use_i18n();
    guarded(my_support_plan(), move |plan| {
        let (to_acknowledge, rest): (Vec<_>, Vec<_>) =
            plan.lines.into_iter().partition(SupportLine::awaits_worker);
        let (next, rest): (Vec<_>, Vec<_>) = rest.into_iter().partition(|l| l.status.is_open());
        let (not_for_you, done): (Vec<_>, Vec<_>) = rest
            .into_iter()
            .partition(|l| l.status == SupportStatus::NotApplicable);
        view! {
            <PageTitle page=t_string!(i18n, supports.my_title).to_string()/>
            <section class="card stack">
                <h1>{t!(i18n, supports.my_title)}</h1>
                <p>{t!(i18n, supports.my_intro)}</p>
                <Outcome/>
            </section>
            {(!to_acknowledge.is_empty()).then(|| view! {
                <section class="card stack" aria-labelledby="ack-title">
                    <h2 id="ack-title">{t!(i18n, supports.my_to_acknowledge)}</h2>
                    <p class="hint">{t!(i18n, supports.acknowledge_hint)}</p>
                    <ul class="list supports">
                        {to_acknowledge.into_iter().map(|line| {
                            let (id, version) = (line.id.to_string(), line.version.to_string());
                            view! {
                                <SupportCard line explain=true/>
                                <li class="support-action">
                                    <form method="post" action=AcknowledgeSupport::url()>
                                        <input type="hidden" name="id" value=id/>
                                        <input type="hidden" name="version" value=version/>
                                        <button type="submit" class="button">
                                            {t!(i18n, supports.acknowledge_button)}
                                        </button>
                                    </form>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            })}
            <section class="card" aria-labelledby="next-title">
                <h2 id="next-title">{t!(i18n, supports.my_next)}</h2>
                <ul class="list supports">
                    {next.into_iter().map(|line| view! { <SupportLineFolded line/> }).collect_view()}
                </ul>
            </section>
            <section class="card" aria-labelledby="done-title">
                <h2 id="done-title">{t!(i18n, supports.my_done)}</h2>
                <ul class="list supports">
                    {done.into_iter().map(|line| view! { <SupportLineFolded line/> }).collect_view()}
                </ul>
            </section>
            {(!not_for_you.is_empty()).then(|| view! {
                <section class="card" aria-labelledby="na-title">
                    <h2 id="na-title">{t!(i18n, supports.my_not_applicable)}</h2>
                    <ul class="list supports">
                        {not_for_you.into_iter().map(|line| view! { <SupportLineFolded line/> }).collect_view()}
                    </ul>
                </section>
            })}
        }
    })
}
