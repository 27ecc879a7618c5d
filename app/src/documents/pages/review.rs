//! Staff review: `/staff/documents`, the queue (oldest first, by company and kind), and
//! `/staff/documents/:id`, one version opened beside the worker's other documents, with
//! the three decisions.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::{components::A, hooks::use_params_map};

use crate::documents::{
    AcceptDocument, AskDocumentAgain, DocumentVersion, QueueView, RejectDocument, ReviewDetail,
    document_review,
    labels::{kind_name, reason_label, side_label},
    parts::{Outcome, StatusBadge, VersionCard},
    review_queue,
};
use crate::{
    domain::{DocumentId, DocumentKind, DocumentStatus, ResubmitReason},
    error::AppError,
    i18n::use_i18n,
    layout::{
        DeskCount, DeskLinks, DeskPager, DeskSearch, PageTitle, SortHeader, guarded, options_html,
    },
    locale::format_date_time,
    paths,
};

/// `/staff/documents`.
#[component]
pub fn ReviewQueuePage() -> impl IntoView {
    let i18n = use_i18n();
    let links = DeskLinks::from_query(paths::REVIEW_QUEUE, &["company", "kind"]);
    let (company, kind) = (links.filter("company"), links.filter("kind"));
    let load = review_queue(
        Some(company.clone()),
        Some(kind.clone()),
        Some(links.q()),
        Some(links.sort()),
        Some(links.dir()),
        Some(links.page()),
    );
    guarded(load, move |queue: QueueView| {
        let all = t_string!(i18n, documents.filter_all).to_string();
        let company_html = options_html(
            std::iter::once((String::new(), all.clone())).chain(
                queue
                    .companies
                    .iter()
                    .map(|(id, name)| (id.to_string(), name.clone())),
            ),
            &company,
        );
        let kind_html = options_html(
            std::iter::once((String::new(), all)).chain(
                DocumentKind::ALL
                    .iter()
                    .map(|k| (k.code().to_owned(), kind_name(i18n, *k))),
            ),
            &kind,
        );
        let answer = queue.answer.clone();
        let lines = queue.items.len();
        let title = t_string!(i18n, documents.queue_title).to_string();
        let (item_h, company_h, sent_h) = (
            t_string!(i18n, documents.col_item).to_string(),
            t_string!(i18n, documents.filter_company).to_string(),
            t_string!(i18n, documents.col_sent).to_string(),
        );
        let header = |column: &'static str, label: String| {
            view! { <SortHeader links=links.clone() answer=answer.clone() column label/> }
        };
        let table = (lines > 0).then(|| {
            let rows = queue
                .items
                .into_iter()
                .map(|item| {
                    let href = paths::review(item.id);
                    let name = format!("{} · {}", item.worker_name, kind_name(i18n, item.kind));
                    let thumb = item.first_file.filter(|f| f.has_thumbnail).map(|f| view! {
                        <img class="thumb" src=format!("{}?thumbnail=1", paths::document_file(f.id)) alt="" loading="lazy"/>
                    });
                    view! {
                        <tr>
                            <th scope="row" data-label=item_h.clone()>
                                <span class="desk-with-thumb">{thumb}<A href=href>{name}</A></span>
                            </th>
                            <td data-label=company_h.clone()>{item.company_name.clone()}</td>
                            <td data-label=sent_h.clone()>{format_date_time(item.sent_at)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="desk-table">
                    <caption>{title.clone()}</caption>
                    <thead>
                        <tr>
                            {header("worker", item_h.clone())}
                            {header("company", company_h.clone())}
                            {header("sent", sent_h.clone())}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        });
        view! {
            <PageTitle page=title.clone()/>
            <section class="card stack desk">
                <h1>{title.clone()}</h1>
                <p>{t!(i18n, documents.queue_intro)}</p>
                <Outcome/>
                <DeskSearch links=links.clone() label=t_string!(i18n, desk.search_people).to_string()>
                    <div class="field">
                        <label for="company">{t!(i18n, documents.filter_company)}</label>
                        <select id="company" name="company" inner_html=company_html></select>
                    </div>
                    <div class="field">
                        <label for="kind">{t!(i18n, documents.filter_kind)}</label>
                        <select id="kind" name="kind" inner_html=kind_html></select>
                    </div>
                </DeskSearch>
                <DeskCount answer=answer.clone() lines empty=t_string!(i18n, documents.queue_empty).to_string()/>
                {table}
                <DeskPager links=links.clone() answer=answer.clone()/>
            </section>
        }
    })
}

async fn route_review() -> Result<ReviewDetail, AppError> {
    let id: Option<DocumentId> = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok());
    match id {
        Some(id) => document_review(id).await,
        None => Err(AppError::NotFound),
    }
}

/// `/staff/documents/:id`.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let i18n = use_i18n();
    guarded(route_review(), move |detail: ReviewDetail| {
        let version = detail.version.clone();
        let title = format!("{} · {}", detail.worker_name, kind_name(i18n, version.kind));
        let waiting = version.status == DocumentStatus::WaitingForReview;
        let worker_href = paths::worker_documents(detail.worker_id);
        view! {
            <PageTitle page=title.clone()/>
            <section class="card stack">
                <p><A href=paths::REVIEW_QUEUE>{t!(i18n, documents.queue_title)}</A></p>
                <h1>{title}</h1>
                <Outcome/>
                <p><StatusBadge status=Some(version.status)/></p>
                <Viewer version=version.clone()/>
            </section>
            {waiting.then(|| view! { <Decisions version=version.clone()/> }.into_any())}
            {(!waiting).then(|| view! { <section class="card"><VersionCard version=version.clone()/></section> }.into_any())}
            <section class="card stack" aria-labelledby="others-title">
                <h2 id="others-title">{t!(i18n, documents.other_documents)}</h2>
                <p><A href=worker_href>{detail.worker_name.clone()}</A></p>
                <ul class="list documents">
                    {detail.others.into_iter().map(|line| {
                        let latest = line.latest().cloned();
                        view! {
                            <li class="stack">
                                <p><strong>{kind_name(i18n, line.kind)}</strong> " " <StatusBadge status=line.status()/></p>
                                {latest.map(|v| view! { <VersionCard version=v/> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

/// The files of the version under review, large: a photo zooms on a tap (no script: a
/// checkbox toggles the size). A PDF is only a download: it is served sandboxed (it may
/// carry JavaScript), and Chromium refuses to show a sandboxed PDF in a frame.
#[component]
fn Viewer(version: DocumentVersion) -> impl IntoView {
    let i18n = use_i18n();
    let sides = version.kind.sides().len();
    view! {
        <p class="hint">{t!(i18n, documents.zoom_hint)}</p>
        {version.files.into_iter().map(|file| {
            let url = paths::document_file(file.id);
            let label = side_label(i18n, file.side, sides);
            let toggle = format!("zoom-{}", file.id);
            let shown = if file.is_pdf {
                view! { <p class="hint">{t!(i18n, documents.pdf_download_hint)}</p> }.into_any()
            } else {
                view! {
                    <input type="checkbox" class="zoom-toggle visually-hidden" id=toggle.clone()/>
                    <label for=toggle class="zoomable"><img src=url.clone() alt=label.clone()/></label>
                }.into_any()
            };
            view! {
                <figure class="stack viewer">
                    <figcaption>{label.clone()}</figcaption>
                    {shown}
                    <p><a href=format!("{url}?download=1")>{t!(i18n, documents.download)}</a></p>
                </figure>
            }
        }).collect_view()}
    }
}

/// Accept (with number and expiry where the kind tracks them), ask again, reject.
#[component]
fn Decisions(version: DocumentVersion) -> impl IntoView {
    let i18n = use_i18n();
    let returned = crate::layout::returned_fields();
    let keep = move |name: &str| returned.text(name);
    let (id, number) = (version.id.to_string(), version.version.to_string());
    let kind = version.kind;
    let reason_html = options_html(
        std::iter::once((String::new(), String::new())).chain(
            ResubmitReason::ALL
                .iter()
                .map(|r| (r.code().to_owned(), reason_label(i18n, *r))),
        ),
        "",
    );
    view! {
        <section class="card stack">
            <h2>{t!(i18n, documents.accept_title)}</h2>
            <form class="stack" method="post" action=AcceptDocument::url()>
                <input type="hidden" name="id" value=id.clone()/>
                <input type="hidden" name="version" value=number.clone()/>
                {kind.tracks_expiry().then(|| view! {
                    <div class="field">
                        <label for="number_tail">{t!(i18n, documents.number_tail)}</label>
                        <input id="number_tail" name="number_tail" required maxlength="4" minlength="4"
                            autocomplete="off" value=keep("number_tail")/>
                    </div>
                    <div class="field">
                        <label for="expires_on">{t!(i18n, documents.expires_on)}</label>
                        <input id="expires_on" name="expires_on" type="date" required value=keep("expires_on")/>
                    </div>
                })}
                {kind.must_be_recent().then(|| view! {
                    <div class="field">
                        <label for="issued_on">{t!(i18n, documents.issued_on)}</label>
                        <input id="issued_on" name="issued_on" type="date" required value=keep("issued_on")/>
                    </div>
                })}
                {kind.requires_masking().then(|| view! {
                    <label class="check">
                        <input type="checkbox" name="masking_confirmed" value="on"/>
                        <span>{t!(i18n, documents.masking_confirmed)}</span>
                    </label>
                    <p class="hint">{t!(i18n, documents.masking_hint)}</p>
                })}
                <button type="submit" class="button">{t!(i18n, documents.accept)}</button>
            </form>
        </section>
        <section class="card stack">
            <h2>{t!(i18n, documents.ask_again_title)}</h2>
            <form class="stack" method="post" action=AskDocumentAgain::url()>
                <input type="hidden" name="id" value=id.clone()/>
                <input type="hidden" name="version" value=number.clone()/>
                <div class="field">
                    <label for="reason">{t!(i18n, documents.reason)}</label>
                    <select id="reason" name="reason" required inner_html=reason_html></select>
                </div>
                <div class="field">
                    <label for="comment">{t!(i18n, documents.comment)}</label>
                    <textarea id="comment" name="comment" maxlength="1000" rows="2">{keep("comment")}</textarea>
                </div>
                <button type="submit" class="button secondary">{t!(i18n, documents.ask_again)}</button>
            </form>
        </section>
        <section class="card stack">
            <h2>{t!(i18n, documents.reject_title)}</h2>
            <form class="stack" method="post" action=RejectDocument::url()>
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="version" value=number/>
                <div class="field">
                    <label for="reject-comment">{t!(i18n, documents.reject_comment)}</label>
                    <textarea id="reject-comment" name="comment" required maxlength="1000" rows="2"></textarea>
                </div>
                <button type="submit" class="button secondary">{t!(i18n, documents.reject)}</button>
            </form>
        </section>
    }
}
