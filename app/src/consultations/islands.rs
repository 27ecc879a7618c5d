//! The message box that keeps its draft on the device (gloo-storage): a worker who closes
//! the browser mid-sentence, or whose mobile data drops, finds the text again. The draft
//! goes once the message was sent: the page after a sent message names it (`forget`).

use leptos::prelude::*;

use crate::{domain::MESSAGE_MAX_CHARS, layout::DRAFTS_PREFIX};

/// Where `writer`'s draft of a thread's message lives (`new` for a new consultation). The
/// key names the signed-in user: on a phone several workers share, nobody finds another's
/// unsent text (issue 17), and signing out forgets every draft ([`DRAFTS_PREFIX`]).
pub fn draft_key(
    writer: crate::domain::UserId,
    thread: Option<crate::domain::ConsultationId>,
) -> String {
    match thread {
        Some(id) => format!("{DRAFTS_PREFIX}{writer}.consultation.{id}"),
        None => format!("{DRAFTS_PREFIX}{writer}.consultation.new"),
    }
}

#[island]
pub fn DraftText(
    /// The textarea's id (its `<label for>`).
    id: String,
    /// The form field.
    name: String,
    storage_key: String,
    /// The draft of a message that was just sent (this box's, or the new-consultation
    /// box's after a thread was opened): removed, never restored.
    forget: Option<String>,
    /// The text a refused send brought back (it wins over the device's draft).
    initial: String,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Textarea>::new();
    #[cfg(feature = "hydrate")]
    {
        let key = storage_key.clone();
        Effect::new(move |_| {
            if let Some(area) = node.get() {
                device::restore(&key, forget.as_deref(), &area);
            }
        });
    }
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        #[cfg(feature = "hydrate")]
        device::keep(&storage_key, &text);
        #[cfg(not(feature = "hydrate"))]
        let _ = (&storage_key, text, &forget);
    };
    view! {
        <textarea
            id=id
            name=name
            node_ref=node
            rows="5"
            maxlength=MESSAGE_MAX_CHARS.to_string()
            required
            on:input=on_input
        >
            {initial}
        </textarea>
    }
}

#[cfg(feature = "hydrate")]
mod device {
    use gloo_storage::{LocalStorage, Storage};

    /// Forgets a sent draft, and puts this box's draft back when the box is empty.
    pub fn restore(key: &str, forget: Option<&str>, area: &web_sys::HtmlTextAreaElement) {
        if let Some(sent) = forget {
            LocalStorage::delete(sent);
            if sent == key {
                return;
            }
        }
        if area.value().is_empty()
            && let Ok(text) = LocalStorage::get::<String>(key)
        {
            area.set_value(&text);
        }
    }

    /// Storage may be full or disabled (private mode): the message still sends.
    pub fn keep(key: &str, text: &str) {
        if text.trim().is_empty() {
            LocalStorage::delete(key);
        } else {
            let _ = LocalStorage::set(key, text);
        }
    }
}
