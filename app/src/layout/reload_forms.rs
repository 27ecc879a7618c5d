//! Forms that load the next page whole.
//!
//! The islands router sends a form itself and patches the page it gets back into the one
//! on screen, walking both side by side. That walk loses step when a list on the page grows
//! or shrinks (a free time taken, a booking added), and the rest of the page keeps old
//! content. Forms marked `data-reload` are sent by the browser instead, as they are without
//! JavaScript: the answer (a redirect to the page) loads whole.

use leptos::prelude::*;

/// Put once on a page with `data-reload` forms. Renders nothing visible.
#[island]
pub fn ReloadForms() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    browser::listen();
    view! { <span hidden></span> }
}

#[cfg(feature = "hydrate")]
mod browser {
    use std::sync::atomic::{AtomicBool, Ordering};

    use leptos::{
        prelude::window,
        wasm_bindgen::{JsCast, closure::Closure},
    };
    use web_sys::{AddEventListenerOptions, Event, HtmlFormElement};

    /// One listener for the whole visit, however many pages show the island.
    static LISTENING: AtomicBool = AtomicBool::new(false);

    pub fn listen() {
        if LISTENING.swap(true, Ordering::Relaxed) {
            return;
        }
        // Capture phase: before the router's own listener, which leaves alone a submit
        // whose default was prevented.
        let on_submit = Closure::<dyn FnMut(Event)>::new(|ev: Event| {
            let Some(form) = ev
                .target()
                .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
            else {
                return;
            };
            if form.has_attribute("data-reload") {
                ev.prevent_default();
                // Sends without a second submit event; the browser already checked the
                // required fields before the first.
                if form.submit().is_err() {
                    leptos::logging::error!("a form could not be sent");
                }
            }
        });
        let options = AddEventListenerOptions::new();
        options.set_capture(true);
        let added = window().add_event_listener_with_callback_and_add_event_listener_options(
            "submit",
            on_submit.as_ref().unchecked_ref(),
            &options,
        );
        if added.is_ok() {
            // Lives as long as the page.
            on_submit.forget();
        }
    }
}
