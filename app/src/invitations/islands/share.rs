//! Print, copy and share an invitation's link from the browser. The link sits in a
//! read-only field that selects itself when tapped: that is what a browser without
//! JavaScript, without the Clipboard API or the Web Share API uses to copy it by hand,
//! and where a copy or share that fails leaves the reader (the link selected).

use leptos::{html, prelude::*};
use serde::{Deserialize, Serialize};

/// The translated texts of the buttons (islands get their strings as props).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareTexts {
    pub link_label: String,
    pub print: String,
    pub copy: String,
    pub copied: String,
    pub copy_by_hand: String,
    pub share: String,
}

/// The link's field and the buttons that need a browser: Print and Copy once the page
/// is interactive, Share only where the browser has the Web Share API.
#[island]
pub fn InvitationActions(
    link: String,
    /// What a share sends before the link, in the invitee's language.
    share_text: String,
    texts: ShareTexts,
) -> impl IntoView {
    let input = NodeRef::<html::Input>::new();
    // Before the wasm runs these buttons would do nothing: they stay hidden until then.
    let ready = RwSignal::new(false);
    let can_share = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    Effect::new(move |_| {
        ready.set(true);
        #[cfg(feature = "hydrate")]
        can_share.set(browser::can_share());
    });
    let select_link = move || {
        if let Some(field) = input.get_untracked() {
            let _ = field.focus();
            field.select();
        }
    };
    let by_hand = {
        let text = texts.copy_by_hand.clone();
        move || {
            select_link();
            status.set(text.clone());
        }
    };
    let on_copy = {
        let (link, copied, by_hand) = (link.clone(), texts.copied.clone(), by_hand.clone());
        move |_| {
            #[cfg(feature = "hydrate")]
            {
                let (copied, by_hand) = (copied.clone(), by_hand.clone());
                browser::copy(&link, move |done| {
                    if done {
                        status.set(copied);
                    } else {
                        by_hand();
                    }
                });
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = (&link, &copied, &by_hand);
        }
    };
    let on_share = {
        let (link, by_hand) = (link.clone(), by_hand.clone());
        move |_| {
            status.set(String::new());
            #[cfg(feature = "hydrate")]
            browser::share(&share_text, &link, by_hand.clone());
            #[cfg(not(feature = "hydrate"))]
            let _ = (&share_text, &link, &by_hand);
        }
    };
    let on_print = move |_| {
        #[cfg(feature = "hydrate")]
        if window().print().is_err() {
            leptos::logging::error!("the page could not be printed");
        }
    };
    view! {
        <div class="field no-print">
            <label for="invitation-link-text">{texts.link_label}</label>
            <input
                id="invitation-link-text"
                type="text"
                readonly
                value=link
                node_ref=input
                on:focus=move |_| select_link()
                on:click=move |_| select_link()
            />
        </div>
        <div class="invitation-actions no-print">
            <button type="button" class="button" hidden=move || !ready.get() on:click=on_print>
                {texts.print}
            </button>
            <button type="button" class="button secondary" hidden=move || !ready.get() on:click=on_copy>
                {texts.copy}
            </button>
            <button type="button" class="button secondary" hidden=move || !can_share.get() on:click=on_share>
                {texts.share}
            </button>
        </div>
        <p class="hint no-print" id="invitation-link-status" role="status">{move || status.get()}</p>
    }
}

/// The Clipboard and Web Share APIs, looked up at the moment of use: a browser may lack
/// either (an old one, a page not served over HTTPS), and the caller falls back.
#[cfg(feature = "hydrate")]
mod browser {
    use std::{cell::RefCell, rc::Rc};

    use js_sys::{Function, Object, Reflect};
    use leptos::{
        prelude::window,
        wasm_bindgen::{JsCast, JsValue, closure::Closure},
    };

    fn navigator() -> Option<JsValue> {
        Reflect::get(&window(), &JsValue::from_str("navigator")).ok()
    }

    /// `target.name` if it is a function, with what it is called on.
    fn method(target: Option<JsValue>, name: &str) -> Option<(JsValue, Function)> {
        let target = target.filter(|t| !t.is_undefined() && !t.is_null())?;
        let function = Reflect::get(&target, &JsValue::from_str(name))
            .ok()?
            .dyn_into::<Function>()
            .ok()?;
        Some((target, function))
    }

    /// Calls `target.name(argument)`; `None` when there is no such function or it threw.
    fn call(target: Option<JsValue>, name: &str, argument: &JsValue) -> Option<JsValue> {
        let (target, function) = method(target, name)?;
        function.call1(&target, argument).ok()
    }

    pub fn can_share() -> bool {
        method(navigator(), "share").is_some()
    }

    /// Calls `done` once with how the promise settled (`Err` for anything that is not a
    /// promise).
    fn settle(promise: JsValue, done: impl FnOnce(Result<(), JsValue>) + 'static) {
        let done = Rc::new(RefCell::new(Some(done)));
        let finish = move |result| {
            if let Some(done) = done.borrow_mut().take() {
                done(result);
            }
        };
        let on_ok = {
            let finish = finish.clone();
            Closure::once_into_js(move |_: JsValue| finish(Ok(())))
        };
        let on_err = {
            let finish = finish.clone();
            Closure::once_into_js(move |error: JsValue| finish(Err(error)))
        };
        let Some((promise, then)) = method(Some(promise), "then") else {
            return finish(Err(JsValue::UNDEFINED));
        };
        if then.call2(&promise, &on_ok, &on_err).is_err() {
            finish(Err(JsValue::UNDEFINED));
        }
    }

    /// Writes `text` to the clipboard; `done(false)` when the browser cannot or will not.
    pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
        let clipboard =
            navigator().and_then(|n| Reflect::get(&n, &JsValue::from_str("clipboard")).ok());
        match call(clipboard, "writeText", &JsValue::from_str(text)) {
            Some(promise) => settle(promise, move |result| done(result.is_ok())),
            None => done(false),
        }
    }

    /// Opens the phone's share sheet; `fallback` when sharing fails for another reason
    /// than the person closing the sheet.
    pub fn share(text: &str, url: &str, fallback: impl FnOnce() + 'static) {
        let data = Object::new();
        let _ = Reflect::set(&data, &JsValue::from_str("text"), &JsValue::from_str(text));
        let _ = Reflect::set(&data, &JsValue::from_str("url"), &JsValue::from_str(url));
        let Some(promise) = call(navigator(), "share", &data) else {
            return fallback();
        };
        settle(promise, move |result| {
            let cancelled = result.as_ref().err().is_some_and(|error| {
                Reflect::get(error, &JsValue::from_str("name"))
                    .ok()
                    .and_then(|n| n.as_string())
                    .is_some_and(|n| n == "AbortError")
            });
            if result.is_err() && !cancelled {
                fallback();
            }
        });
    }
}
