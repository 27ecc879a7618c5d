//! Pieces the document pages share: the outcome of the last post, a version with its
//! files and review, the expiry notice, and the upload form with its translated words.

use leptos::prelude::*;
use leptos_i18n::{t, t_string};

use super::{
    DocumentVersion, FileView, KindLine,
    islands::{SideInput, UploadForm, UploadTexts},
    labels::{
        ERROR_CODES, I18n, alert_class, error_message, reason_label, saved_message, side_label,
        status_class, status_label,
    },
};
use crate::{
    domain::{DocumentKind, DocumentStatus, ExpiryAlert, Side},
    i18n::use_i18n,
    layout::{FormOutcome, PhotoTexts},
    locale::format_date_time,
    paths,
};

/// The outcome of the last form post, in this feature's words.
#[component]
pub fn Outcome() -> impl IntoView {
    view! { <FormOutcome saved=saved_message error=error_message/> }
}

/// A kind's status badge.
#[component]
pub fn StatusBadge(status: Option<DocumentStatus>) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class=status_class(status)>{status_label(i18n, status)}</span> }
}

/// The files of a version: thumbnails that open the file, a PDF as a link.
#[component]
pub fn FileLinks(files: Vec<FileView>, sides: usize) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="files">
            {files.into_iter().map(|file| {
                let url = paths::document_file(file.id);
                let label = side_label(i18n, file.side, sides);
                let inner = if file.has_thumbnail {
                    view! { <img class="thumb" src=format!("{url}?thumbnail=1") alt=label.clone() loading="lazy"/> }.into_any()
                } else {
                    view! { <span>{label.clone()} " (PDF)"</span> }.into_any()
                };
                view! { <li><a href=url target="_blank" rel="noopener">{inner}</a></li> }
            }).collect_view()}
        </ul>
    }
}

/// One version: when it was sent, its files (when the reader may open them) and its
/// review, with the reason in the reader's language.
#[component]
pub fn VersionCard(version: DocumentVersion) -> impl IntoView {
    let i18n = use_i18n();
    let sides = version.kind.sides().len();
    let reviewed = version
        .reviewed_by
        .clone()
        .zip(version.reviewed_at)
        .map(|(name, at)| {
            t_string!(
                i18n,
                documents.reviewed,
                name = name,
                date = format_date_time(at)
            )
            .to_string()
        });
    view! {
        <div class="stack version">
            <p>
                <StatusBadge status=Some(version.status)/> " "
                {t_string!(i18n, documents.sent_on, date = format_date_time(version.sent_at)).to_string()}
                " · " {version.sent_by.clone()}
            </p>
            {version.reason.map(|r| view! {
                <p class="alert"><strong>{t!(i18n, documents.why_again)}</strong> " " {reason_label(i18n, r)}</p>
            })}
            {version.comment.clone().map(|c| view! { <p class="pre">{c}</p> })}
            {version.number_tail.clone().map(|tail| view! {
                <p>{t_string!(i18n, documents.number, tail = tail).to_string()}</p>
            })}
            {version.expires_on.map(|d| view! {
                <p>{t_string!(i18n, documents.expires, date = d.to_string()).to_string()}</p>
            })}
            {version.issued_on.map(|d| view! {
                <p>{t_string!(i18n, documents.issued, date = d.to_string()).to_string()}</p>
            })}
            {reviewed.map(|r| view! { <p class="hint">{r}</p> })}
            {(!version.files.is_empty()).then(|| view! { <FileLinks files=version.files.clone() sides/> })}
        </div>
    }
}

/// The worker's notice about a card or passport that expires soon or has expired.
pub fn expiry_notice(i18n: I18n, line: &KindLine) -> Option<impl IntoView + use<>> {
    let (alert, date) = (line.alert?, line.expires_on?.to_string());
    let text = match (line.kind, alert) {
        (_, ExpiryAlert::Fine) => return None,
        (DocumentKind::ResidenceCard, ExpiryAlert::Expired) => {
            t_string!(i18n, documents.card_expired, date = date).to_string()
        }
        (DocumentKind::ResidenceCard, _) => {
            t_string!(i18n, documents.card_notice, date = date).to_string()
        }
        (_, ExpiryAlert::Expired) => {
            t_string!(i18n, documents.passport_expired, date = date).to_string()
        }
        _ => t_string!(i18n, documents.passport_notice, date = date).to_string(),
    };
    Some(view! { <div class=alert_class(alert) role="status"><p>{text}</p></div> })
}

/// The upload island for one kind, with every word it needs in the reader's language.
pub fn upload_form(
    i18n: I18n,
    kind: DocumentKind,
    worker_id: Option<String>,
    max_mb: u64,
    done_url: String,
) -> impl IntoView {
    let count = kind.sides().len();
    let sides = kind
        .sides()
        .iter()
        .map(|side| {
            let title = side_label(i18n, *side, count);
            let code = if *side == Side::Front {
                "front"
            } else {
                "back"
            };
            SideInput {
                code: code.to_owned(),
                texts: PhotoTexts {
                    camera_label: t_string!(i18n, documents.take_photo, side = title.clone())
                        .to_string(),
                    file_label: t_string!(i18n, documents.choose_file, side = title.clone())
                        .to_string(),
                    preview_alt: format!("{} · {title}", t_string!(i18n, documents.preview)),
                    title,
                },
            }
        })
        .collect();
    let errors = ERROR_CODES
        .iter()
        .filter_map(|code| error_message(i18n, code).map(|m| ((*code).to_owned(), m)))
        .collect();
    let texts = UploadTexts {
        send: t_string!(i18n, documents.send).to_string(),
        sending: t_string!(i18n, documents.sending, percent = "{percent}").to_string(),
        retry: t_string!(i18n, documents.retry).to_string(),
        lost: t_string!(i18n, documents.lost).to_string(),
        too_large: t_string!(i18n, documents.too_large_before, mb = max_mb).to_string(),
        choose_first: t_string!(i18n, documents.choose_first).to_string(),
        unfinished: t_string!(i18n, documents.unfinished).to_string(),
        generic_error: t_string!(i18n, error.generic).to_string(),
        errors,
    };
    view! {
        <UploadForm
            kind=kind.code().to_owned()
            worker_id
            sides
            max_bytes=max_mb * 1024 * 1024
            done_url
            texts
        />
    }
}
