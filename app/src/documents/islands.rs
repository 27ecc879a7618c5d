//! The upload form: the one island of the document pages.
//!
//! Without JavaScript it is a plain `multipart/form-data` form to `/documents/upload`,
//! which answers by sending the browser back to the page. Once hydrated it shows a preview
//! of each chosen photo, checks the size before sending, sends with `XMLHttpRequest` (the
//! only browser API that reports upload progress) and shows a progress bar. When the
//! connection drops, the chosen files stay in the page and "Try again" sends them again;
//! an upload that never finished is remembered on the device (gloo-storage), so a worker
//! who reloads is told to choose the photos again.

use crate::{
    layout::{PhotoPicker, PhotoTexts},
    paths,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One side to send ("front", "back") with its picker's words ("Front", "Back", or
/// "Photo or PDF").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SideInput {
    pub code: String,
    pub texts: PhotoTexts,
}

/// The island's words, translated on the server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadTexts {
    pub send: String,
    /// With `{percent}`.
    pub sending: String,
    pub retry: String,
    pub lost: String,
    pub too_large: String,
    pub choose_first: String,
    pub unfinished: String,
    pub generic_error: String,
    /// Error code (`AppError::code`) → message.
    pub errors: Vec<(String, String)>,
}

/// Where the upload stands, in the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(feature = "hydrate"),
    expect(dead_code, reason = "only the browser sends")
)]
enum Phase {
    Ready,
    Sending(u32),
    /// The connection dropped: the files are still chosen.
    Lost,
}

/// What one send needs.
#[derive(Clone)]
#[cfg_attr(
    not(feature = "hydrate"),
    expect(dead_code, reason = "only the browser sends")
)]
struct Request {
    kind: String,
    worker_id: Option<String>,
    sides: Vec<String>,
    max_bytes: u64,
    done_url: String,
    storage_key: String,
}

#[island]
pub fn UploadForm(
    kind: String,
    /// Staff uploading for a worker; a worker uploads for themself.
    worker_id: Option<String>,
    sides: Vec<SideInput>,
    max_bytes: u64,
    /// Where to go once it is stored.
    done_url: String,
    texts: UploadTexts,
) -> impl IntoView {
    let phase = RwSignal::new(Phase::Ready);
    let error = RwSignal::new(None::<String>);
    let notice = RwSignal::new(None::<String>);
    let storage_key = format!("shien.upload.{kind}");
    {
        let (key, unfinished) = (storage_key.clone(), texts.unfinished.clone());
        Effect::new(move |_| {
            if browser::was_unfinished(&key) {
                notice.set(Some(unfinished.clone()));
            }
        });
    }
    let side_codes: Vec<String> = sides.iter().map(|s| s.code.clone()).collect();
    let send = {
        let texts = texts.clone();
        let request = Request {
            kind: kind.clone(),
            worker_id: worker_id.clone(),
            sides: side_codes,
            max_bytes,
            done_url,
            storage_key,
        };
        move || {
            error.set(None);
            browser::send(&request, &texts, phase, error);
        }
    };
    let send_again = send.clone();
    let sending_text = texts.sending.clone();
    let progress_text = move || match phase.get() {
        Phase::Sending(percent) => Some(sending_text.replace("{percent}", &percent.to_string())),
        _ => None,
    };
    let lost_text = texts.lost.clone();
    view! {
        <form
            class="stack upload"
            method="post"
            action=paths::DOCUMENT_UPLOAD
            enctype="multipart/form-data"
            on:submit=move |ev| {
                ev.prevent_default();
                send();
            }
        >
            <input type="hidden" name="kind" value=kind.clone()/>
            {worker_id.clone().map(|id| view! { <input type="hidden" name="worker_id" value=id/> })}
            {move || notice.get().map(|n| view! { <p class="notice" role="status">{n}</p> })}
            {sides.into_iter().map(|side| view! {
                <PhotoPicker
                    id=format!("{kind}-{}", side.code)
                    name=side.code.clone()
                    texts=side.texts
                    accept="image/jpeg,image/png,image/webp,application/pdf"
                />
            }).collect_view()}
            <progress
                max="100"
                value=move || match phase.get() { Phase::Sending(p) => p, _ => 0 }
                hidden=move || !matches!(phase.get(), Phase::Sending(_))
            ></progress>
            <p role="status" aria-live="polite">{progress_text}</p>
            {move || error.get().map(|e| view! { <div class="alert" role="alert"><p>{e}</p></div> })}
            {move || (phase.get() == Phase::Lost).then(|| view! { <p class="notice" role="status">{lost_text.clone()}</p> })}
            <button
                type="submit"
                class="button"
                disabled=move || matches!(phase.get(), Phase::Sending(_))
                hidden=move || phase.get() == Phase::Lost
            >
                {texts.send.clone()}
            </button>
            <button
                type="button"
                class="button"
                hidden=move || phase.get() != Phase::Lost
                on:click=move |_| send_again()
            >
                {texts.retry.clone()}
            </button>
        </form>
    }
}

/// What the form does in the browser. The server build renders the form and never calls
/// these.
#[cfg(not(feature = "hydrate"))]
mod browser {
    use leptos::prelude::RwSignal;

    use super::{Phase, Request, UploadTexts};

    pub fn was_unfinished(_key: &str) -> bool {
        false
    }

    pub fn send(
        _request: &Request,
        _texts: &UploadTexts,
        _phase: RwSignal<Phase>,
        _error: RwSignal<Option<String>>,
    ) {
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use gloo_storage::{LocalStorage, Storage};
    use leptos::{
        prelude::*,
        wasm_bindgen::{JsCast, closure::Closure},
    };
    use web_sys::{File, FormData, HtmlInputElement, ProgressEvent, XmlHttpRequest};

    use super::{Phase, Request, UploadTexts};
    use crate::error::AppError;

    fn input(id: &str) -> Option<HtmlInputElement> {
        document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    }

    fn first_file(input: &HtmlInputElement) -> Option<File> {
        input.files().and_then(|files| files.get(0))
    }

    /// The file chosen for a side (`<kind>-<side>`): the photo just taken, or the file
    /// picked (the picker keeps only one of them).
    fn file_for(side: &str) -> Option<File> {
        crate::layout::photo_input_ids(side)
            .iter()
            .filter_map(|id| input(id))
            .find_map(|i| first_file(&i))
    }

    pub fn was_unfinished(key: &str) -> bool {
        LocalStorage::get::<String>(key).is_ok()
    }

    fn message(texts: &UploadTexts, code: &str) -> String {
        texts
            .errors
            .iter()
            .find(|(c, _)| c == code)
            .map_or_else(|| texts.generic_error.clone(), |(_, m)| m.clone())
    }

    pub fn send(
        request: &Request,
        texts: &UploadTexts,
        phase: RwSignal<Phase>,
        error: RwSignal<Option<String>>,
    ) {
        let Ok(form) = FormData::new() else {
            error.set(Some(texts.generic_error.clone()));
            return;
        };
        let _ = form.append_with_str("kind", &request.kind);
        if let Some(id) = &request.worker_id {
            let _ = form.append_with_str("worker_id", id);
        }
        for side in &request.sides {
            let Some(file) = file_for(&format!("{}-{side}", request.kind)) else {
                error.set(Some(texts.choose_first.clone()));
                return;
            };
            if file.size() > request.max_bytes as f64 {
                error.set(Some(texts.too_large.clone()));
                return;
            }
            let _ = form.append_with_blob_and_filename(side, &file, &file.name());
        }
        let Ok(xhr) = XmlHttpRequest::new() else {
            error.set(Some(texts.generic_error.clone()));
            return;
        };
        let _ = LocalStorage::set(
            &request.storage_key,
            js_sys::Date::new_0().to_iso_string().as_string(),
        );
        phase.set(Phase::Sending(0));
        if let Ok(upload) = xhr.upload() {
            let on_progress = Closure::<dyn FnMut(ProgressEvent)>::new(move |ev: ProgressEvent| {
                if ev.length_computable() && ev.total() > 0.0 {
                    let percent = (ev.loaded() / ev.total() * 100.0).round().clamp(0.0, 100.0);
                    phase.set(Phase::Sending(percent as u32));
                }
            });
            upload.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
            on_progress.forget();
        }
        let on_load = {
            let (xhr, texts) = (xhr.clone(), texts.clone());
            let (done, key) = (request.done_url.clone(), request.storage_key.clone());
            Closure::<dyn FnMut()>::new(move || {
                let status = xhr.status().unwrap_or(0);
                if status == 200 {
                    LocalStorage::delete(&key);
                    let _ = window().location().assign(&done);
                    return;
                }
                // The server refused it: the files were read, so sending again would not help.
                LocalStorage::delete(&key);
                phase.set(Phase::Ready);
                let body = xhr.response_text().ok().flatten().unwrap_or_default();
                let code = serde_json::from_str::<AppError>(&body)
                    .map(|e| e.code().to_owned())
                    .unwrap_or_default();
                error.set(Some(message(&texts, &code)));
            })
        };
        xhr.set_onload(Some(on_load.as_ref().unchecked_ref()));
        on_load.forget();
        let on_lost = Closure::<dyn FnMut()>::new(move || phase.set(Phase::Lost));
        xhr.set_onerror(Some(on_lost.as_ref().unchecked_ref()));
        xhr.set_ontimeout(Some(on_lost.as_ref().unchecked_ref()));
        on_lost.forget();
        if xhr.open("POST", crate::paths::DOCUMENT_UPLOAD).is_err()
            || xhr
                .set_request_header("Accept", "application/json")
                .is_err()
            || xhr.send_with_opt_form_data(Some(&form)).is_err()
        {
            phase.set(Phase::Lost);
        }
    }
}
