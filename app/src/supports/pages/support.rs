//! `/supports/:id`: one support, with the forms of whoever may act on it.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::components::A;

use crate::supports::{
    AcknowledgeSupport, ConfirmSupports, MarkSupportNotApplicable, RecordSupport, ReplanSupport,
    SendBackSupport, SupportLine,
    labels::{kind_explain, mode_label, status_label},
    pages::plan::{Outcome, SupportFacts, line_name, status_class, with_route_id},
    support_detail,
};
use crate::{
    domain::{DeliveryMode, SupportKind, SupportStatus},
    i18n::use_i18n,
    layout::{PageTitle, guarded, options_html},
    locale::{LANGUAGES, format_date_time},
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

/// Staff: record or correct the delivery; mark "not applicable"; plan again.
#[component]
fn StaffForms(line: SupportLine) -> impl IntoView {
    let i18n = use_i18n();
    // After a refused save the typed values come back; otherwise the record's.
    let returned = crate::layout::returned_fields();
    let value = |name: &str, current: Option<String>| returned.or(name, current);
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
                        {(line.kind == Some(SupportKind::LifeOrientation)).then(|| view! {
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
                            {returned.text("reason")}
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
