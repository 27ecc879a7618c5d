//! The worker's pages: `/me/documents`, every kind with where it stands, and
//! `/me/documents/:kind`, to send one, see why it must be sent again, or take it back.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::{components::A, hooks::use_params_map};

use crate::documents::{
    DocumentSet, WithdrawDocument,
    labels::{kind_hint, kind_name},
    my_documents,
    parts::{Outcome, StatusBadge, VersionCard, expiry_notice, upload_form},
};
use crate::{
    domain::{DocumentKind, DocumentStatus},
    error::AppError,
    i18n::use_i18n,
    layout::{PageTitle, guarded},
    paths,
};

/// `/me/documents`.
#[component]
pub fn MyDocumentsPage() -> impl IntoView {
    let i18n = use_i18n();
    guarded(my_documents(), move |set: DocumentSet| {
        let notices: Vec<_> = set
            .kinds
            .iter()
            .filter_map(|l| expiry_notice(i18n, l))
            .collect();
        view! {
            <PageTitle page=t_string!(i18n, documents.title).to_string()/>
            <section class="card stack">
                <h1>{t!(i18n, documents.title)}</h1>
                <p>{t!(i18n, documents.intro)}</p>
                <Outcome/>
                {notices}
            </section>
            <section class="card">
                <ul class="list documents">
                    {set.kinds.into_iter().map(|line| {
                        let href = paths::my_document(line.kind);
                        let name = kind_name(i18n, line.kind);
                        let too_old = line.too_old;
                        view! {
                            <li class="document-line">
                                <A href=href>{name}</A>
                                <StatusBadge status=line.status()/>
                                {too_old.then(|| view! { <p class="alert">{t!(i18n, documents.too_old)}</p> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

/// The kind named in the route.
fn route_kind() -> Result<DocumentKind, AppError> {
    use_params_map()
        .get_untracked()
        .get("kind")
        .and_then(|code| DocumentKind::from_code(&code).ok())
        .ok_or(AppError::NotFound)
}

/// `/me/documents/:kind`.
#[component]
pub fn MyDocumentPage() -> impl IntoView {
    let i18n = use_i18n();
    let kind = route_kind();
    let load = async move {
        let kind = kind?;
        Ok::<_, AppError>((kind, my_documents().await?))
    };
    guarded(load, move |(kind, set): (DocumentKind, DocumentSet)| {
        let name = kind_name(i18n, kind);
        let line = set.kind(kind).cloned();
        let versions = line
            .as_ref()
            .map(|l| l.versions.clone())
            .unwrap_or_default();
        let latest = versions.first().cloned();
        let may_send = line.as_ref().is_none_or(|l| l.may_send());
        let notice = line.as_ref().and_then(|l| expiry_notice(i18n, l));
        let waiting = latest
            .clone()
            .filter(|v| v.status == DocumentStatus::WaitingForReview);
        let done_url = paths::saved(&paths::my_document(kind), "uploaded");
        view! {
            <PageTitle page=name.clone()/>
            <section class="card stack">
                <p><A href=paths::MY_DOCUMENTS>{t!(i18n, documents.back_to_list)}</A></p>
                <h1>{name}</h1>
                <p><StatusBadge status=latest.as_ref().map(|v| v.status)/></p>
                <Outcome/>
                {notice}
                {latest.clone().filter(|v| v.status == DocumentStatus::ResubmissionRequested || v.status == DocumentStatus::Rejected)
                    .map(|v| view! { <VersionCard version=v/> })}
            </section>
            {may_send.then(|| view! {
                <section class="card stack">
                    <h2>{t!(i18n, documents.send_title)}</h2>
                    <p class="hint">{kind_hint(i18n, kind)}</p>
                    {upload_form(i18n, kind, None, set.max_mb, done_url.clone())}
                </section>
            }.into_any())}
            {waiting.map(|v| view! {
                <section class="card stack">
                    <p>{t!(i18n, documents.waiting_hint)}</p>
                    <form method="post" action=WithdrawDocument::url()>
                        <input type="hidden" name="id" value=v.id.to_string()/>
                        <input type="hidden" name="version" value=v.version.to_string()/>
                        <button type="submit" class="button secondary">{t!(i18n, documents.withdraw)}</button>
                    </form>
                </section>
            }.into_any())}
            {(!versions.is_empty()).then(|| view! {
                <section class="card stack" aria-labelledby="versions-title">
                    <h2 id="versions-title">{t!(i18n, documents.history)}</h2>
                    {versions.into_iter().map(|v| view! { <VersionCard version=v/> }).collect_view()}
                </section>
            }.into_any())}
        }
    })
}
