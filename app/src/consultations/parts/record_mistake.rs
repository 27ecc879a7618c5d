//! "Something wrong in your record?": the worker writes what is wrong, and it reaches their
//! officer as a thread about the record. A plain form: it works before any wasm loads.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::t;
use leptos_router::hooks::use_query_map;

use crate::{
    consultations::{PointOutRecordMistake, labels::error_message},
    domain::MESSAGE_MAX_CHARS,
    i18n::use_i18n,
    layout::returned_fields,
};

#[component]
pub fn RecordMistakeForm() -> impl IntoView {
    let i18n = use_i18n();
    let error = use_query_map()
        .get_untracked()
        .get("error")
        .and_then(|code| error_message(i18n, &code));
    let typed = returned_fields().text("body");
    view! {
        <section class="card stack" aria-labelledby="mistake-title" id="mistake">
            <h2 id="mistake-title">{t!(i18n, consultation.mistake_title)}</h2>
            <p class="hint" id="mistake-hint">{t!(i18n, consultation.mistake_hint)}</p>
            {error.map(|m| view! { <div class="alert" role="alert"><p>{m}</p></div> })}
            <form class="stack" method="post" action=PointOutRecordMistake::url()>
                <label for="mistake-body">{t!(i18n, consultation.mistake_label)}</label>
                <textarea id="mistake-body" name="body" rows="4" required
                    maxlength=MESSAGE_MAX_CHARS.to_string() aria-describedby="mistake-hint">{typed}</textarea>
                <button type="submit" class="button">{t!(i18n, consultation.mistake_send)}</button>
            </form>
        </section>
    }
}
