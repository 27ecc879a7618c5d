//! `/workers/:id/documents`: a worker's documents for staff (files, review links, upload
//! on the worker's behalf, sharing with the company) and for the worker's company
//! (status and expiry; files only of the kinds staff share).

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::{components::A, hooks::use_params_map};

use crate::documents::{
    DocumentSet, KindLine, ShareDocumentKind,
    labels::{alert_class, kind_name},
    parts::{Outcome, StatusBadge, VersionCard, upload_form},
    worker_documents,
};
use crate::{
    domain::{DocumentStatus, WorkerId},
    error::AppError,
    i18n::use_i18n,
    layout::{PageTitle, guarded},
    paths,
};

async fn route_documents() -> Result<DocumentSet, AppError> {
    let id: Option<WorkerId> = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok());
    match id {
        Some(id) => worker_documents(id).await,
        None => Err(AppError::NotFound),
    }
}

#[component]
pub fn WorkerDocumentsPage() -> impl IntoView {
    let i18n = use_i18n();
    guarded(route_documents(), move |set: DocumentSet| {
        // Never "My documents": the reader is staff or the company, not the worker.
        let title = t_string!(
            i18n,
            documents.of_worker_title,
            name = set.worker_name.clone()
        )
        .to_string();
        let back = paths::worker(set.worker_id);
        let worker_id = set.worker_id;
        let (max_mb, can_upload, can_review, can_share) =
            (set.max_mb, set.can_upload, set.can_review, set.can_share);
        view! {
            <PageTitle page=title.clone()/>
            <section class="card stack">
                <p><A href=back>{set.worker_name.clone()}</A></p>
                <h1>{title}</h1>
                <Outcome/>
            </section>
            {set.kinds.into_iter().map(|line| view! {
                <KindSection line worker_id max_mb can_upload can_review can_share/>
            }).collect_view()}
        }
    })
}

#[component]
fn KindSection(
    line: KindLine,
    worker_id: WorkerId,
    max_mb: u64,
    can_upload: bool,
    can_review: bool,
    can_share: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = kind_name(i18n, line.kind);
    let latest = line.latest().cloned();
    let review = latest
        .as_ref()
        .filter(|v| can_review && v.status == DocumentStatus::WaitingForReview)
        .map(|v| paths::review(v.id));
    let expiry = line.expires_on.zip(line.alert).map(|(date, alert)| {
        view! {
            <p class=alert_class(alert)>{t_string!(i18n, documents.expires, date = date.to_string()).to_string()}</p>
        }
    });
    let done_url = paths::saved(&paths::worker_documents(worker_id), "uploaded");
    let kind = line.kind;
    let shared = line.shared;
    view! {
        <section class="card stack">
            <h2>{name}</h2>
            <p><StatusBadge status=line.status()/></p>
            {expiry}
            {line.too_old.then(|| view! { <p class="alert">{t!(i18n, documents.too_old)}</p> })}
            {review.map(|href| view! { <p><A href=href>{t!(i18n, documents.review)}</A></p> })}
            {latest.map(|v| view! { <VersionCard version=v/> })}
            {(!can_review).then(|| view! {
                <p class="hint">{if shared { t!(i18n, documents.shared).into_any() } else { t!(i18n, documents.files_hidden).into_any() }}</p>
            })}
            {can_share.then(|| view! {
                <form method="post" action=ShareDocumentKind::url()>
                    <input type="hidden" name="worker_id" value=worker_id.to_string()/>
                    <input type="hidden" name="kind" value=kind.code()/>
                    <input type="hidden" name="shared" value=if shared { "false" } else { "true" }/>
                    <p class="hint">{if shared { t!(i18n, documents.shared).into_any() } else { t!(i18n, documents.not_shared).into_any() }}</p>
                    <button type="submit" class="button secondary">
                        {if shared { t!(i18n, documents.unshare).into_any() } else { t!(i18n, documents.share).into_any() }}
                    </button>
                </form>
            })}
            {(can_upload && line.may_send()).then(|| view! {
                <details>
                    <summary>{t!(i18n, documents.upload_for_worker)}</summary>
                    {upload_form(i18n, kind, Some(worker_id.to_string()), max_mb, done_url.clone())}
                </details>
            }.into_any())}
        </section>
    }
}
