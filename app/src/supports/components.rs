//! The support pages: a worker's plan, "My supports", one support with its forms, the
//! company's confirmations, and the printable record. All are server-rendered forms that
//! work without wasm (post/redirect/get, see `form`).

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::{
    components::A,
    hooks::{use_params_map, use_query_map},
};
use uuid::Uuid;

use super::{
    AcknowledgeSupport, AddVoluntarySupport, ConfirmSupports, MarkSupportNotApplicable,
    RecordSupport, ReplanSupport, SendBackSupport, SupportLine, WorkerPlan,
    labels::{
        error_message, kind_explain, kind_name, mode_label, rule_reason, saved_message,
        status_label,
    },
    my_support_plan, support_detail, support_plan, supports_to_confirm,
};
use crate::{
    domain::{DeliveryMode, SupportStatus},
    error::AppError,
    i18n::use_i18n,
    layout::{PageTitle, guarded, options_html},
    locale::{LANGUAGES, format_date_time},
};

/// Loads with the route's `:id`; a malformed id is "not found", like an unknown one.
async fn with_route_id<T, F>(load: impl FnOnce(Uuid) -> F) -> Result<T, AppError>
where
    F: std::future::Future<Output = Result<T, AppError>>,
{
    let id: Option<Uuid> = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok());
    match id {
        Some(id) => load(id).await,
        None => Err(AppError::NotFound),
    }
}

/// The outcome of the last form post, from the query string: a saved notice or an error.
#[component]
fn Outcome() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let saved = query.get("saved").and_then(|c| saved_message(i18n, &c));
    let error = query.get("error").and_then(|c| error_message(i18n, &c));
    view! {
        {saved.map(|m| view! { <p class="notice" role="status">{m}</p> })}
        {error.map(|m| view! { <div class="alert" role="alert"><p>{m}</p></div> })}
    }
}

fn line_name(i18n: super::labels::I18n, line: &SupportLine) -> String {
    match line.kind {
        Some(kind) => format!("{}. {}", kind.number(), kind_name(i18n, kind)),
        None => line.title.clone().unwrap_or_default(),
    }
}

/// A language by its own name ("Bahasa Indonesia"), as the record shows it.
fn language_name(code: &str) -> String {
    LANGUAGES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(code.to_owned(), |(_, name)| (*name).to_owned())
}

fn status_class(status: SupportStatus) -> &'static str {
    match status {
        SupportStatus::Planned => "badge planned",
        SupportStatus::Done | SupportStatus::Reopened => "badge waiting",
        SupportStatus::Acknowledged => "badge waiting",
        SupportStatus::Confirmed => "badge confirmed",
        SupportStatus::NotApplicable => "badge muted",
    }
}

/// What a support's card shows to everyone who may see it (the internal note only
/// reaches the page for staff: the server leaves it out for everybody else).
#[component]
fn SupportFacts(line: SupportLine) -> impl IntoView {
    let i18n = use_i18n();
    let language = line.language.as_deref().map(language_name);
    let reason = line
        .rule_reason()
        .map(|code| rule_reason(i18n, code))
        .or_else(|| line.not_applicable_reason.clone());
    view! {
        <dl class="facts">
            {line.due_on.filter(|_| line.status.is_open()).map(|d| view! {
                <dt>{t!(i18n, supports.due_on)}</dt><dd>{d.to_string()}</dd>
            })}
            {line.delivered_on.map(|d| view! {
                <dt>{t!(i18n, supports.delivered_on)}</dt><dd>{d.to_string()}</dd>
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
                <dt>{t!(i18n, supports.place)}</dt><dd>{p}</dd>
            })}
            {line.content.clone().filter(|c| !c.is_empty()).map(|c| view! {
                <dt>{t!(i18n, supports.content)}</dt><dd class="pre">{c}</dd>
            })}
            {reason.map(|r| view! { <dt>{t!(i18n, supports.reason)}</dt><dd>{r}</dd> })}
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
    let href = format!("/supports/{}", line.id);
    view! {
        <li class="support">
            <div class="support-head">
                <A href=href>{name}</A>
                <span class=status_class(line.status)>{status_label(i18n, line.status)}</span>
            </div>
            {explanation.map(|e| view! { <p class="hint">{e}</p> })}
            <SupportFacts line/>
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
    let query = use_query_map().get_untracked();
    let worker_id = plan.worker_id;
    view! {
        <PageTitle page=t_string!(i18n, supports.plan_title).to_string()/>
        <section class="card stack">
            <h1>{t!(i18n, supports.plan_title)}</h1>
            <p><A href=format!("/workers/{worker_id}")>{plan.worker_name.clone()}</A>
               " · " {plan.company_name.clone()}</p>
            <Outcome/>
            <ul class="links no-print">
                <li><A href=format!("/workers/{worker_id}/record")>{t!(i18n, supports.record_link)}</A></li>
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
                            value=query.get("title").unwrap_or_default()/>
                    </div>
                    <div class="field">
                        <label for="due_on">{t!(i18n, supports.voluntary_due)}</label>
                        <input id="due_on" name="due_on" type="date"
                            value=query.get("due_on").unwrap_or_default()/>
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
                    {next.into_iter().map(|line| view! { <SupportCard line explain=true/> }).collect_view()}
                </ul>
            </section>
            <section class="card" aria-labelledby="done-title">
                <h2 id="done-title">{t!(i18n, supports.my_done)}</h2>
                <ul class="list supports">
                    {done.into_iter().map(|line| view! { <SupportCard line explain=true/> }).collect_view()}
                </ul>
            </section>
            {(!not_for_you.is_empty()).then(|| view! {
                <section class="card" aria-labelledby="na-title">
                    <h2 id="na-title">{t!(i18n, supports.my_not_applicable)}</h2>
                    <ul class="list supports">
                        {not_for_you.into_iter().map(|line| view! { <SupportCard line/> }).collect_view()}
                    </ul>
                </section>
            })}
        }
    })
}

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
            format!("/workers/{}/supports", detail.worker_id)
        };
        view! {
            <PageTitle page=name.clone()/>
            <section class="card stack">
                <p><A href=back>{t!(i18n, supports.back_to_plan)}</A></p>
                <h1>{name}</h1>
                <p>{detail.worker_name.clone()} " · " {detail.company_name.clone()}</p>
                <p><span class=status_class(line.status)>{status_label(i18n, line.status)}</span></p>
                {explanation.map(|e| view! { <p class="hint">{e}</p> })}
                <Outcome/>
                <SupportFacts line=line.clone()/>
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
    let query = use_query_map().get_untracked();
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
                        {query.get("comment").unwrap_or_default()}
                    </textarea>
                </div>
                <button type="submit" class="button secondary">{t!(i18n, supports.send_back_button)}</button>
            </form>
        </section>
    }
}

/// Staff: record or correct the delivery; mark "not applicable"; plan again.
#[component]
fn StaffForms(line: SupportLine) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    // After a refused save the typed values come back in the query; otherwise the record.
    let value =
        |name: &str, current: Option<String>| query.get(name).or(current).unwrap_or_default();
    let (id, version) = (line.id.to_string(), line.version.to_string());
    let delivered_on = value("delivered_on", line.delivered_on.map(|d| d.to_string()));
    let duration = value(
        "duration_minutes",
        line.duration_minutes.map(|m| m.to_string()),
    );
    let delivered_by = value("delivered_by", line.delivered_by.clone());
    let language = value("language", line.language.clone());
    let mode = value("mode", line.mode.map(|m| m.code().to_owned()));
    let place = value("place", line.place.clone());
    let content = value("content", line.content.clone());
    let note = value("internal_note", line.internal_note.clone());
    let language_html = options_html(
        LANGUAGES
            .iter()
            .map(|(code, name)| ((*code).to_owned(), (*name).to_owned())),
        &language,
    );
    let mode_html = options_html(
        DeliveryMode::ALL
            .iter()
            .map(|m| (m.code().to_owned(), mode_label(i18n, *m))),
        &mode,
    );
    let planned = line.status == SupportStatus::Planned;
    let not_applicable = line.status == SupportStatus::NotApplicable;
    let title = if planned {
        t_string!(i18n, supports.record_title).to_string()
    } else {
        t_string!(i18n, supports.correct_title).to_string()
    };
    view! {
        {(!not_applicable).then(|| view! {
            <section class="card stack no-print">
                <h2>{title}</h2>
                {(!planned).then(|| view! { <p class="hint">{t!(i18n, supports.correct_hint)}</p> })}
                <form class="stack" method="post" action=RecordSupport::url()>
                    <input type="hidden" name="id" value=id.clone()/>
                    <input type="hidden" name="version" value=version.clone()/>
                    <div class="field">
                        <label for="delivered_on">{t!(i18n, supports.delivered_on)}</label>
                        <input id="delivered_on" name="delivered_on" type="date" required value=delivered_on/>
                    </div>
                    <div class="field">
                        <label for="duration_minutes">{t!(i18n, supports.duration_minutes)}</label>
                        <input id="duration_minutes" name="duration_minutes" type="number"
                            inputmode="numeric" min="1" max="1440" required value=duration/>
                        {(line.kind == Some(crate::domain::SupportKind::LifeOrientation)).then(|| view! {
                            <p class="hint">{t!(i18n, supports.orientation_hint)}</p>
                        })}
                    </div>
                    <div class="field">
                        <label for="delivered_by">{t!(i18n, supports.delivered_by)}</label>
                        <input id="delivered_by" name="delivered_by" required maxlength="200" value=delivered_by/>
                    </div>
                    <div class="field">
                        <label for="language">{t!(i18n, supports.language)}</label>
                        <select id="language" name="language" required inner_html=language_html></select>
                    </div>
                    <div class="field">
                        <label for="mode">{t!(i18n, supports.mode)}</label>
                        <select id="mode" name="mode" required inner_html=mode_html></select>
                    </div>
                    <div class="field">
                        <label for="place">{t!(i18n, supports.place)}</label>
                        <input id="place" name="place" maxlength="200" value=place/>
                    </div>
                    <div class="field">
                        <label for="content">{t!(i18n, supports.content)}</label>
                        <textarea id="content" name="content" maxlength="2000" rows="4">{content}</textarea>
                    </div>
                    <div class="field">
                        <label for="internal_note">{t!(i18n, supports.internal_note_label)}</label>
                        <textarea id="internal_note" name="internal_note" maxlength="2000" rows="3">{note}</textarea>
                    </div>
                    <button type="submit" class="button">{t!(i18n, supports.save_record)}</button>
                </form>
            </section>
        }.into_any())}
        {planned.then(|| view! {
            <section class="card stack no-print">
                <h2>{t!(i18n, supports.na_title)}</h2>
                <form class="stack" method="post" action=MarkSupportNotApplicable::url()>
                    <input type="hidden" name="id" value=id.clone()/>
                    <input type="hidden" name="version" value=version.clone()/>
                    <div class="field">
                        <label for="reason">{t!(i18n, supports.reason)}</label>
                        <textarea id="reason" name="reason" maxlength="2000" rows="2">
                            {query.get("reason").unwrap_or_default()}
                        </textarea>
                        <p class="hint">{t!(i18n, supports.na_hint)}</p>
                    </div>
                    <button type="submit" class="button secondary">{t!(i18n, supports.na_button)}</button>
                </form>
            </section>
        }.into_any())}
        {not_applicable.then(|| view! {
            <section class="card stack no-print">
                <form method="post" action=ReplanSupport::url()>
                    <input type="hidden" name="id" value=id.clone()/>
                    <input type="hidden" name="version" value=version.clone()/>
                    <button type="submit" class="button secondary">{t!(i18n, supports.replan_button)}</button>
                </form>
            </section>
        }.into_any())}
    }
    .into_any()
}

/// `/company/confirmations`: supports waiting for the company's confirmation, confirmed
/// one by one or several at once.
#[component]
pub fn ConfirmationsPage() -> impl IntoView {
    let i18n = use_i18n();
    guarded(supports_to_confirm(), move |waiting| {
        let empty = waiting.is_empty();
        view! {
            <PageTitle page=t_string!(i18n, supports.confirm_title).to_string()/>
            <section class="card stack">
                <h1>{t!(i18n, supports.confirm_title)}</h1>
                <p>{t!(i18n, supports.confirm_intro)}</p>
                <Outcome/>
                {empty.then(|| view! { <p>{t!(i18n, supports.confirm_none)}</p> })}
            </section>
            {(!empty).then(|| view! {
                <section class="card">
                    <form class="stack" method="post" action=ConfirmSupports::url()>
                        <ul class="list supports">
                            {waiting.into_iter().enumerate().map(|(n, item)| {
                                let name = line_name(i18n, &item.line);
                                let value = format!("{}:{}", item.line.id, item.line.version);
                                let label_id = format!("item-{n}");
                                let href = format!("/supports/{}", item.line.id);
                                view! {
                                    <li class="support">
                                        <div class="support-head">
                                            <label class="check" for=label_id>
                                                <input type="checkbox" id=label_id.clone() name=format!("item[{n}]") value=value/>
                                                <span>{item.worker_name.clone()} " · " {name}</span>
                                            </label>
                                            <A href=href>{t!(i18n, supports.open)}</A>
                                        </div>
                                        <SupportFacts line=item.line/>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        <button type="submit" class="button">{t!(i18n, supports.confirm_button)}</button>
                    </form>
                </section>
            })}
        }
    })
}

/// `/workers/:id/record`: the support-implementation record, printable on A4.
#[component]
pub fn SupportRecordPage() -> impl IntoView {
    let i18n = use_i18n();
    guarded(with_route_id(support_plan), move |plan| {
        let entry = plan
            .entry_date
            .map_or_else(|| "—".to_owned(), |d| d.to_string());
        view! {
            <PageTitle page=t_string!(i18n, supports.record_title_page).to_string()/>
            <article class="card record">
                <h1>{t!(i18n, supports.record_title_page)}</h1>
                <p class="hint no-print">{t!(i18n, supports.print_hint)}</p>
                <dl class="facts">
                    <dt>{t!(i18n, supports.organization)}</dt><dd>{plan.organization_name.clone()}</dd>
                    <dt>{t!(i18n, supports.worker)}</dt><dd>{plan.worker_name.clone()}</dd>
                    <dt>{t!(i18n, workers.company)}</dt><dd>{plan.company_name.clone()}</dd>
                    <dt>{t!(i18n, supports.nationality)}</dt><dd>{plan.nationality.clone()}</dd>
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
    let stamp = |s: Option<super::Stamp>| {
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
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td>{status_label(i18n, line.status)}</td>
            <td>
                {delivery.unwrap_or_else(|| reason.unwrap_or_else(|| "—".to_owned()))}
                {line.content.clone().filter(|c| !c.is_empty()).map(|c| view! { <p class="pre">{c}</p> })}
            </td>
            <td>{worker}</td>
            <td>{stamp(line.confirmed.clone())}</td>
        </tr>
    }
}
