//! The one island of the interview pages: beside the slot chooser's button, the time
//! chosen further up (which may have scrolled out of view). Without JavaScript the button
//! is there all the same and the chosen radio button shows the choice.

use leptos::prelude::*;

/// The chosen slot's `data-when`, or `none` until one is chosen, for the form `form_id`.
#[island]
pub fn ChosenSlot(form_id: String, none: String) -> impl IntoView {
    let chosen = RwSignal::new(None::<String>);
    #[cfg(feature = "hydrate")]
    browser::follow(&form_id, chosen);
    #[cfg(not(feature = "hydrate"))]
    let _ = form_id;
    view! {
        <p class="chosen" aria-live="polite">
            {move || chosen.get().unwrap_or_else(|| none.clone())}
        </p>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use leptos::{
        prelude::*,
        wasm_bindgen::{JsCast, closure::Closure},
    };
    use web_sys::{Event, HtmlInputElement};

    /// Follows the form's radio buttons: each change shows the chosen time.
    pub fn follow(form_id: &str, chosen: RwSignal<Option<String>>) {
        let Some(form) = document().get_element_by_id(form_id) else {
            return;
        };
        let on_change = Closure::<dyn FnMut(Event)>::new(move |ev: Event| {
            let Some(input) = ev
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            if input.name() == "slot_id" && input.checked() {
                chosen.set(input.get_attribute("data-when"));
            }
        });
        if form
            .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref())
            .is_ok()
        {
            // Lives as long as the form.
            on_change.forget();
        }
    }
}
